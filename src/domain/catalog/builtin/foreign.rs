//! Foreign-invested set-up, bank account opening and customs filing: the services where a
//! person abroad, a bank's own rules or a deadline fixed by an event most often decide the case.

use super::{
    blocker, common, dept, l, service, warning, FieldKind as F, MaterialSpec, ServiceType,
    Source::{Article, Practice},
};

pub(super) fn foreign_invested_setup() -> ServiceType {
    ServiceType {
        materials: vec![
            MaterialSpec::new(
                "application_form",
                l("公司设立登记申请书", "Company set-up application form"),
            )
            .with_fields(&[
                F::CompanyName,
                F::LegalRepresentative,
                F::BusinessScope,
                F::Amount,
            ])
            .signature(),
            MaterialSpec::new("articles", l("公司章程", "Articles of association"))
                .with_fields(&[F::CompanyName, F::Amount, F::IssueDate])
                .signature(),
            MaterialSpec::new(
                "investor_certificate",
                l(
                    "外国投资者主体资格证明(经公证认证)",
                    "Foreign investor's certificate of incorporation or ID (notarised and \
                     legalised)",
                ),
            )
            .repeated()
            .with_fields(&[F::Holder, F::IdNumber, F::IssueDate, F::Remarks])
            .with_note(l(
                "境外文件一般须办理公证及认证(或附加证明书),并附中文译本;以当地登记机关要求为准。",
                "Documents from abroad usually need notarisation plus legalisation or an \
                 apostille, with a Chinese translation; the local registry decides.",
            )),
            common::legal_rep_id(),
            common::premises_proof(),
            MaterialSpec::new(
                "power_of_attorney",
                l("法定代表人授权委托书", "Legal representative's power of attorney"),
            )
            .optional()
            .with_fields(&[F::LegalRepresentative, F::IssueDate])
            .signature()
            .parallel()
            .with_note(l(
                "法定代表人在国外时准备,授权代办人办理后续手续;可与登记同时进行。",
                "Prepared when the legal representative is abroad so an agent can handle \
                 the later steps; can run alongside registration.",
            )),
            MaterialSpec::new(
                "bank_account_receipt",
                l("银行开户回执", "Bank account opening receipt"),
            )
            .optional()
            .with_fields(&[F::CompanyName, F::IssueDate])
            .accept_missing_later()
            .with_note(l(
                "可与登记机关沟通先发营业执照、后补开户回执;能否这样办以当地答复为准。",
                "Ask the registry whether it will issue the licence first and take the bank \
                 receipt later; whether it can is up to the local office.",
            )),
        ],
        pitfalls: vec![
            blocker(
                "legal_rep_abroad",
                Article,
                l(
                    "开立对公账户要求法定代表人本人到银行,而法定代表人正在国外,短期回不来。",
                    "The bank wants the legal representative in person to open the corporate \
                     account, but he is abroad and cannot return in time.",
                ),
                l(
                    "三路并进:请银行评估远程视频核验;准备法定代表人授权委托书;与市场监管部门沟通先发营业执照、后补开户回执。",
                    "Work three lines at once: ask the bank about remote video verification; \
                     prepare the legal representative's power of attorney; ask the regulator \
                     to issue the licence first and accept the bank receipt later.",
                ),
                1,
            )
            .with_rule("legal_rep_presence"),
            blocker(
                "documents_not_legalised",
                Practice,
                l(
                    "外国投资者的主体资格文件没有办公证认证,或缺中文译本,登记机关不受理。",
                    "The foreign investor's documents are not notarised and legalised, or lack \
                     a Chinese translation, so the registry will not accept them.",
                ),
                l(
                    "接单当天核对文件,尽早在境外办理公证认证或附加证明书。",
                    "Check the documents on day one and start notarisation and legalisation \
                     abroad as early as possible.",
                ),
                15,
            ),
            blocker(
                "negative_list",
                Practice,
                l(
                    "拟经营项目属于外商投资准入负面清单中的限制领域,需要额外审批。",
                    "A planned business line is restricted under the negative list for foreign \
                     investment and needs extra approval.",
                ),
                l(
                    "立项时先对照负面清单;受限项目先办审批,或调整经营范围。",
                    "Check the negative list when scoping the case; obtain the approval first \
                     or adjust the business scope.",
                ),
                20,
            ),
        ],
        legal_rep_in_person: true,
        ..service(
            "foreign_invested_setup",
            l("外资企业设立", "Foreign-invested company set-up"),
            vec![dept::market_regulator(), dept::bank(), dept::tax_bureau()],
            // Registration itself takes up to 3 working days; the article's "3 days" was the
            // client's deadline and what the agency achieved, so the source is practice.
            3,
            Practice,
        )
    }
}

pub(super) fn bank_account_opening() -> ServiceType {
    ServiceType {
        materials: vec![
            MaterialSpec::new(
                "account_application",
                l("开户申请书", "Account opening application"),
            )
            .with_fields(&[F::CompanyName, F::CreditCode, F::LegalRepresentative])
            .seal_page()
            .signature(),
            common::business_licence(),
            common::legal_rep_id(),
            MaterialSpec::new(
                "company_seals",
                l(
                    "公章、财务专用章、法定代表人名章",
                    "Company seal, finance seal and legal representative's seal",
                ),
            )
            .with_fields(&[F::CompanyName, F::Remarks]),
            common::agent_authorization(),
            common::premises_proof().optional().with_note(l(
                "部分银行会上门核实经营地址。",
                "Some banks visit the business address to verify it.",
            )),
        ],
        pitfalls: vec![
            blocker(
                "legal_rep_absent",
                Article,
                l(
                    "银行要求法定代表人本人到场核实,本人来不了。",
                    "The bank requires the legal representative in person and he cannot come.",
                ),
                l(
                    "向银行申请远程视频核验,同时准备授权委托书;需要时与登记机关商量先办其他手续、后补开户回执。",
                    "Ask the bank for remote video verification and prepare a power of \
                     attorney; where needed, agree with the registry to proceed and hand in \
                     the account receipt later.",
                ),
                1,
            )
            .with_rule("legal_rep_presence"),
            blocker(
                "opening_refused",
                Article,
                l(
                    "开户没有通过,急等到账的融资款(例如500万元)进不来。",
                    "The account is refused and urgently needed financing (5 million yuan, for \
                     example) cannot arrive.",
                ),
                l(
                    "马上联系客户经理问清原因并争取加急处理;同时联系一家备用银行作为B计划,两边并行。",
                    "Call the account manager at once to learn why and push for a quick \
                     review; at the same time line up a backup bank as plan B and run both.",
                ),
                2,
            ),
            blocker(
                "id_expired",
                Practice,
                l(
                    "法定代表人证件已过期或即将到期,银行不予办理。",
                    "The legal representative's ID has expired or is about to, and the bank \
                     will not proceed.",
                ),
                l(
                    "先换领证件,再预约开户。",
                    "Renew the ID first, then book the appointment.",
                ),
                5,
            )
            .with_rule("document_not_expired"),
            warning(
                "premises_visit",
                Practice,
                l(
                    "银行上门核实时,现场情况与登记地址不符。",
                    "On the bank's site visit, the premises do not match the registered \
                     address.",
                ),
                l(
                    "提前确认地址可以实地核验,并约好时间安排人接待。",
                    "Make sure the address can be inspected and have someone there at the \
                     agreed time.",
                ),
                2,
            )
            .with_rule("premises_requirements"),
        ],
        legal_rep_in_person: true,
        ..service(
            "bank_account_opening",
            l("银行开户", "Bank account opening"),
            vec![dept::bank()],
            3,
            Practice,
        )
    }
}

pub(super) fn customs_filing() -> ServiceType {
    ServiceType {
        materials: vec![
            MaterialSpec::new(
                "registration_form",
                l("报关单位备案信息表", "Customs declarant registration form"),
            )
            .with_fields(&[
                F::CompanyName,
                F::CreditCode,
                F::LegalRepresentative,
                F::Remarks,
            ])
            .seal_page(),
            common::business_licence(),
            MaterialSpec::new("situation_statement", l("情况说明", "Statement of circumstances"))
                .optional()
                .with_fields(&[F::CompanyName, F::IssueDate, F::Remarks])
                .seal_page()
                .with_note(l(
                    "说明紧急原因或更正情况;提前备好,海关要时立即递交。",
                    "Explains the urgency or the correction; have it ready to hand over the \
                     moment customs asks.",
                )),
            MaterialSpec::new(
                "legal_rep_authorization",
                l("法定代表人授权书", "Legal representative's authorisation"),
            )
            .optional()
            .with_fields(&[F::LegalRepresentative, F::IssueDate])
            .seal_page()
            .signature(),
        ],
        pitfalls: vec![
            blocker(
                "form_errors",
                Article,
                l(
                    "备案信息表填错,被海关退回,而客户第二天就要用(例如参加展会)。",
                    "The registration form was filled in wrongly and returned, while the \
                     client needs the filing the next day (for a trade fair, say).",
                ),
                l(
                    "连夜改好表格,第二天一早向窗口说明情况,请求优先审核;同时备好情况说明和法定代表人授权书,需要补材料时马上交。",
                    "Correct the form overnight, explain the urgency at the window first thing \
                     and ask for priority review; have the statement of circumstances and the \
                     authorisation ready in case more is requested.",
                ),
                1,
            )
            .with_rule("licence_fields_match"),
            warning(
                "info_not_synced",
                Practice,
                l(
                    "企业登记信息变更后尚未同步,海关看到的信息与执照不一致。",
                    "A recent registration change has not reached customs, so its record \
                     differs from the licence.",
                ),
                l(
                    "先在国际贸易“单一窗口”核对企业信息,不一致的先办变更。",
                    "Check the company record on the Single Window first and file the change \
                     where it differs.",
                ),
                1,
            )
            .with_rule("licence_fields_match"),
        ],
        ..service(
            "customs_filing",
            l("海关备案", "Customs filing"),
            vec![l("海关", "Customs")],
            2,
            Practice,
        )
    }
}
