//! Trademark services: registration and rejection review.
//!
//! Both run for months at the trademark office, so "expedited" here means filing fast and
//! keeping the client informed, not a short total duration.

use super::{
    blocker, l, service, warning, FieldKind as F, L10n, MaterialSpec, ServiceType,
    Source::{Article, Practice},
};

fn trademark_office() -> L10n {
    l("国家知识产权局商标局", "Trademark Office, CNIPA")
}

fn applicant_licence() -> MaterialSpec {
    MaterialSpec::new(
        "applicant_licence",
        l("申请人主体资格证明", "Applicant's business licence"),
    )
    .with_fields(&[F::CompanyName, F::CreditCode])
}

fn agent_power_of_attorney() -> MaterialSpec {
    MaterialSpec::new(
        "agent_power_of_attorney",
        l(
            "商标代理委托书",
            "Power of attorney for the trademark agent",
        ),
    )
    .optional()
    .with_fields(&[F::CompanyName, F::IssueDate])
    .seal_page()
    .signature()
}

pub(super) fn trademark_registration() -> ServiceType {
    ServiceType {
        materials: vec![
            MaterialSpec::new(
                "application_form",
                l("商标注册申请书", "Trademark application form"),
            )
            .with_fields(&[F::Holder, F::Remarks])
            .seal_page()
            .with_note(l(
                "申请人名称(记为权利人)须与营业执照一字不差。",
                "The applicant (recorded as holder) must read exactly as on the licence.",
            )),
            MaterialSpec::new("mark_specimen", l("商标图样", "Mark specimen"))
                .with_fields(&[F::Remarks]),
            MaterialSpec::new(
                "goods_services",
                l("指定商品或服务项目", "Designated goods and services"),
            )
            .with_fields(&[F::Remarks])
            .with_note(l(
                "尽量选用《类似商品和服务区分表》中的规范名称。",
                "Prefer the standard item names from the classification of similar goods \
                 and services.",
            )),
            applicant_licence(),
            agent_power_of_attorney(),
        ],
        pitfalls: vec![
            blocker(
                "rejected",
                Article,
                l(
                    "商标局驳回了注册申请。",
                    "The trademark office rejected the application.",
                ),
                l(
                    "在法定期限内提起驳回复审并收集证据;复审期间每天给客户发进度报告:当天收集了哪些证据、联系了谁、预计何时提交。",
                    "File a rejection review within the statutory time limit and gather \
                     evidence; send the client a daily progress report: evidence collected, \
                     who was contacted, when filing is expected.",
                ),
                10,
            ),
            blocker(
                "applicant_name_mismatch",
                Practice,
                l(
                    "申请人名称与营业执照不一致。",
                    "The applicant name differs from the business licence.",
                ),
                l(
                    "按执照逐字更正后再提交。",
                    "Correct it character by character from the licence before filing.",
                ),
                1,
            )
            .with_rule("holder_name_match"),
            warning(
                "similar_prior_mark",
                Practice,
                l(
                    "事先没有做近似查询,与在先商标近似,驳回风险高。",
                    "No similarity search was done and the mark is close to an earlier one, \
                     so rejection is likely.",
                ),
                l(
                    "递交前做近似查询,必要时调整文字或图形。",
                    "Search before filing and adjust the wording or design where needed.",
                ),
                2,
            ),
            warning(
                "goods_wording",
                Practice,
                l(
                    "商品或服务项目没有使用规范名称,收到补正通知。",
                    "Goods or services are not named in standard terms and a correction \
                     notice arrives.",
                ),
                l(
                    "改用规范名称;已收到补正通知的在期限内补正。",
                    "Switch to standard names; answer any correction notice within its time \
                     limit.",
                ),
                5,
            ),
        ],
        ..service(
            "trademark_registration",
            l("商标注册", "Trademark registration"),
            vec![trademark_office()],
            180,
            Practice,
        )
    }
}

pub(super) fn trademark_rejection_review() -> ServiceType {
    ServiceType {
        materials: vec![
            MaterialSpec::new(
                "review_application",
                l("驳回复审申请书", "Rejection review application"),
            )
            .with_fields(&[F::Holder, F::IdNumber, F::Remarks])
            .seal_page(),
            MaterialSpec::new("rejection_notice", l("驳回通知书", "Rejection notice"))
                .with_fields(&[F::IdNumber, F::IssueDate])
                .with_note(l(
                    "复审期限从收到通知之日起算,一般为15日;以通知书和现行规定为准。",
                    "The review deadline runs from receipt of the notice, usually 15 days; \
                     the notice and current rules decide.",
                )),
            MaterialSpec::new("use_evidence", l("商标使用证据", "Evidence of use"))
                .optional()
                .repeated()
                .with_fields(&[F::Holder, F::IssueDate, F::Amount, F::Remarks])
                .accept_missing_later()
                .with_note(l(
                    "合同、发票、宣传材料等,每份都要看得出申请人名称和商标;一般可在申请后补充提交,以现行规定为准。",
                    "Contracts, invoices, promotional material; each must show the \
                     applicant's name and the mark. Usually it may follow after the \
                     application; current rules decide.",
                )),
            applicant_licence(),
            agent_power_of_attorney(),
        ],
        pitfalls: vec![
            blocker(
                "deadline_missed",
                Practice,
                l(
                    "错过复审期限,只能重新申请,之前的时间全部白费。",
                    "The review deadline passed; the only way left is a fresh application and \
                     the time spent so far is lost.",
                ),
                l(
                    "收到驳回通知当天登记期限并倒排计划;已超期的,调整标识后重新提交注册申请。",
                    "Record the deadline the day the notice arrives and plan backwards; if it \
                     has passed, adjust the mark and file a new application.",
                ),
                5,
            ),
            warning(
                "evidence_heavy",
                Article,
                l(
                    "复审要准备大量证据,周期长,客户容易担心没人在办。",
                    "A review needs a lot of evidence and takes long; clients start to worry \
                     that nobody is working on it.",
                ),
                l(
                    "列出证据清单分头收集;每天发进度报告,让客户看到当天做了什么、下一步是什么。",
                    "List the evidence and split the collection; send a daily progress report \
                     so the client sees what was done today and what comes next.",
                ),
                10,
            ),
            warning(
                "evidence_holder_mismatch",
                Practice,
                l(
                    "证据上的主体名称与申请人不一致,证明力打折扣。",
                    "Evidence names someone other than the applicant and carries less weight.",
                ),
                l(
                    "优先使用写明申请人名称的证据;关联公司的证据附上关系说明。",
                    "Prefer evidence naming the applicant; add an explanation of the link for \
                     evidence from related companies.",
                ),
                3,
            )
            .with_rule("holder_name_match"),
        ],
        ..service(
            "trademark_rejection_review",
            l("商标驳回复审", "Trademark rejection review"),
            vec![trademark_office()],
            180,
            Practice,
        )
    }
}
