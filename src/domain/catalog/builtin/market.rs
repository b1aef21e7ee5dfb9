//! Market-regulator services: company registration, scope and articles changes, deregistration.

use super::{
    blocker, common, dept, l, note, service, warning, FieldKind as F, MaterialSpec, ServiceType,
    Source::{Article, Practice},
};

pub(super) fn company_registration() -> ServiceType {
    ServiceType {
        materials: vec![
            MaterialSpec::new(
                "name_declaration",
                l("企业名称自主申报结果", "Company name declaration result"),
            )
            .with_fields(&[F::CompanyName, F::IssueDate])
            .parallel()
            .with_note(l(
                "不少地区可与设立申请一并提交;是否允许以当地登记机关为准。",
                "Many places take it together with the set-up application; confirm with the \
                 local registry.",
            )),
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
                .with_fields(&[F::CompanyName, F::BusinessScope, F::Amount, F::IssueDate])
                .signature()
                .with_note(l(
                    "全体股东签字;章程中的经营范围与申请书一致。",
                    "Signed by every shareholder; the scope must read the same as on the \
                     application.",
                )),
            MaterialSpec::new(
                "shareholder_ids",
                l("股东主体资格证明", "Shareholders' identity documents"),
            )
            .repeated()
            .with_fields(&[F::Holder, F::IdNumber, F::ExpiryDate]),
            MaterialSpec::new(
                "officer_appointment",
                l(
                    "法定代表人、董事、监事、经理任职文件",
                    "Appointment of legal representative, directors, supervisor and manager",
                ),
            )
            .with_fields(&[F::LegalRepresentative, F::IssueDate])
            .signature(),
            common::legal_rep_id(),
            common::premises_proof(),
            common::agent_authorization(),
        ],
        pitfalls: vec![
            blocker(
                "scope_nonstandard",
                Article,
                l(
                    "经营范围照搬客户的口头描述,没有采用以《国民经济行业分类》为基础的规范表述,申请被退回。",
                    "The business scope copied the client's loose description instead of the \
                     standard wording based on the national industry classification, so the \
                     filing came back.",
                ),
                l(
                    "逐条对照规范表述改写并请客户确认后重新提交;把常用规范表述整理成手册,组织业务员培训,避免同类错误再犯。",
                    "Rewrite each item in standard wording, have the client confirm it and \
                     resubmit; keep a manual of standard wordings and train the clerks so the \
                     mistake does not come back.",
                ),
                1,
            )
            .with_rule("scope_standard_wording"),
            warning(
                "name_conflict",
                Practice,
                l(
                    "拟用名称与已有企业近似,或含有禁用、限用字词,名称申报通不过。",
                    "The proposed name is too close to an existing company or uses restricted \
                     words, so the name declaration fails.",
                ),
                l(
                    "先做名称查重,并准备两三个备选名称。",
                    "Run a name check first and keep two or three backup names ready.",
                ),
                1,
            ),
            blocker(
                "premises_unusable",
                Practice,
                l(
                    "住所没有产权证明,或用途不允许登记(部分地区的住宅即如此)。",
                    "The address has no property certificate, or its use may not be \
                     registered (residential property in some places).",
                ),
                l(
                    "换用有产权证明的商用地址,或按当地规定办妥相关手续后再申请。",
                    "Switch to a commercial address with a property certificate, or complete \
                     the local formalities for the address first.",
                ),
                5,
            )
            .with_rule("premises_requirements"),
            warning(
                "real_name_pending",
                Practice,
                l(
                    "法定代表人或股东尚未在登记系统完成实名认证(例如人在国外),申请提交不了。",
                    "The legal representative or a shareholder has not passed the registry's \
                     real-name check (for example while abroad), so the filing cannot go in.",
                ),
                l(
                    "接单时就列出需认证的人并约好时间;人在境外的先问清当地接受哪种认证方式。",
                    "List everyone who must verify when taking the case and book a time; for \
                     anyone abroad, ask which verification route the local registry accepts.",
                ),
                1,
            )
            .with_rule("legal_rep_presence"),
        ],
        ..service(
            "company_registration",
            l("工商注册(公司设立登记)", "Company registration"),
            vec![dept::market_regulator(), dept::tax_bureau()],
            3,
            Practice,
        )
    }
}

pub(super) fn scope_change() -> ServiceType {
    ServiceType {
        materials: vec![
            MaterialSpec::new(
                "change_application",
                l("变更登记申请书", "Change registration application"),
            )
            .with_fields(&[
                F::CompanyName,
                F::CreditCode,
                F::LegalRepresentative,
                F::BusinessScope,
            ])
            .signature(),
            common::shareholder_resolution().with_fields(&[F::BusinessScope]),
            MaterialSpec::new(
                "articles_amendment",
                l("章程修正案或修改后的章程", "Articles amendment or revised articles"),
            )
            .with_fields(&[F::CompanyName, F::BusinessScope, F::IssueDate])
            .signature()
            .with_note(l(
                "经营范围写在章程里,改范围就要同步改章程。",
                "The scope is part of the articles, so changing it means amending them too.",
            )),
            common::business_licence(),
            MaterialSpec::new("pre_approval", l("前置审批文件", "Pre-approval permit"))
                .optional()
                .with_fields(&[F::Holder, F::IdNumber, F::IssueDate, F::ExpiryDate])
                .with_note(l(
                    "仅当新增项目须先取得许可才能登记时提交;哪些项目属于此类以当地目录为准。",
                    "Only when a new item needs a permit before registration; which items do \
                     depends on the local list.",
                )),
            common::agent_authorization(),
        ],
        pitfalls: vec![
            blocker(
                "system_upgrade_pause",
                Article,
                l(
                    "登记机关系统临时升级,加急业务全部暂停,材料再齐也递不进去。",
                    "The regulator's system is being upgraded and all expedited filings are \
                     on hold; complete materials cannot be filed either.",
                ),
                l(
                    "平时关注各部门公告并录入政策风险预警库,提前通知客户调整计划;已经碰上的,向窗口问清恢复时间,并问有无网上渠道或其他受理点。",
                    "Follow department notices, log them in the policy-risk warning library and \
                     warn clients ahead; if already caught, ask the window when service \
                     resumes and whether an online channel or another hall can take the filing.",
                ),
                3,
            )
            .with_rule("system_outage_warning"),
            blocker(
                "scope_nonstandard",
                Practice,
                l(
                    "新增经营范围没有使用规范表述,系统校验不过或被退回。",
                    "The new scope items are not in standard wording and fail the system \
                     check or come back.",
                ),
                l(
                    "按规范表述逐条改写,请客户确认后重新提交。",
                    "Rewrite each item in standard wording, confirm with the client and \
                     resubmit.",
                ),
                1,
            )
            .with_rule("scope_standard_wording"),
            warning(
                "licensed_items",
                Practice,
                l(
                    "新增项目属于许可经营事项(如部分医疗器械经营),换了执照还要另办许可证才能开展。",
                    "A new item needs a permit (some medical-device trading, for example); the \
                     new licence alone does not allow the business.",
                ),
                l(
                    "接单时就说明许可环节和所需时间,许可材料与变更同步准备。",
                    "Explain the permit step and its timing up front and prepare the permit \
                     materials alongside the change.",
                ),
                10,
            ),
            blocker(
                "articles_not_amended",
                Practice,
                l(
                    "只交了变更申请,没有一并提交章程修正案,材料不全被退回。",
                    "Only the change application was filed, without the articles amendment, \
                     so the file was returned as incomplete.",
                ),
                l(
                    "把章程修正案列入必交清单,与股东会决议同时签署。",
                    "Put the amendment on the required list and have it signed together with \
                     the resolution.",
                ),
                1,
            )
            .with_rule("required_materials_complete"),
        ],
        ..service(
            "scope_change",
            l("经营范围变更", "Business scope change"),
            vec![dept::market_regulator()],
            3,
            Practice,
        )
    }
}

pub(super) fn articles_change() -> ServiceType {
    ServiceType {
        materials: vec![
            MaterialSpec::new(
                "change_application",
                l("变更(备案)登记申请书", "Change (filing) application"),
            )
            .with_fields(&[F::CompanyName, F::CreditCode, F::LegalRepresentative])
            .signature(),
            common::shareholder_resolution().with_note(l(
                "有限责任公司修改章程一般须经代表三分之二以上表决权的股东通过;以公司章程和当地要求为准。",
                "For a limited liability company, amending the articles normally needs \
                 shareholders holding two thirds of the votes; the articles and local rules \
                 decide.",
            )),
            MaterialSpec::new(
                "articles_amendment",
                l("章程修正案或新章程", "Articles amendment or new articles"),
            )
            .with_fields(&[F::CompanyName, F::IssueDate, F::PageCount])
            .signature(),
            common::business_licence(),
            common::agent_authorization(),
        ],
        pitfalls: vec![
            blocker(
                "articles_outdated",
                Article,
                l(
                    "客户提供的章程不符合现行规定(例如出资期限等条款未按修订后的《公司法》调整),变更被驳回。",
                    "The client's articles do not meet the rules now in force (for instance \
                     contribution deadlines not updated for the revised Company Law), so the \
                     change is refused.",
                ),
                l(
                    "对照现行规定和当地范本逐条修改后重新提交;即使合同约定章程由客户负责,也免费协助修改,视情况免收加急费,保住信任。",
                    "Revise clause by clause against current rules and the local model, then \
                     resubmit; even where the contract makes the articles the client's job, \
                     help free of charge and consider waiving the expedite fee to keep trust.",
                ),
                2,
            )
            .with_rule("articles_current_rules"),
            blocker(
                "resolution_unsigned",
                Practice,
                l(
                    "股东会决议缺股东签字或法人股东盖章,或者同意的表决权比例不够。",
                    "The resolution lacks a shareholder's signature or a corporate \
                     shareholder's seal, or too few votes approved it.",
                ),
                l(
                    "逐个核对签字、盖章和表决比例;股东在外地的提前寄送签署。",
                    "Check each signature, seal and the vote share; post the papers early to \
                     shareholders who are out of town.",
                ),
                2,
            )
            .with_rule("signature_present"),
            note(
                "clause_numbers_mismatch",
                Practice,
                l(
                    "修正案引用的条款号与登记机关存档的章程对不上。",
                    "The amendment cites clause numbers that do not match the articles on file \
                     with the registry.",
                ),
                l(
                    "以存档的最新章程为底稿起草修正案。",
                    "Draft the amendment from the latest articles on file.",
                ),
                1,
            ),
        ],
        ..service(
            "articles_change",
            l("章程变更", "Articles of association change"),
            vec![dept::market_regulator()],
            3,
            Practice,
        )
    }
}

pub(super) fn company_deregistration() -> ServiceType {
    ServiceType {
        materials: vec![
            MaterialSpec::new(
                "deregistration_application",
                l("注销登记申请书", "Deregistration application"),
            )
            .with_fields(&[F::CompanyName, F::CreditCode, F::LegalRepresentative])
            .signature(),
            MaterialSpec::new(
                "dissolution_resolution",
                l("解散决议或决定", "Dissolution resolution"),
            )
            .with_fields(&[F::CompanyName, F::IssueDate])
            .signature(),
            MaterialSpec::new("liquidation_report", l("清算报告", "Liquidation report"))
                .with_fields(&[F::CompanyName, F::PeriodEnd, F::Amount, F::IssueDate])
                .signature(),
            MaterialSpec::new(
                "creditor_notice",
                l("债权人公告证明", "Proof of the creditor notice"),
            )
            .with_fields(&[F::CompanyName, F::PeriodStart, F::PeriodEnd])
            .with_note(l(
                "普通注销公告期一般为45日,简易注销一般为20日;以当地规定为准。",
                "The notice usually runs 45 days, or 20 days for simplified deregistration; \
                 local rules decide.",
            )),
            MaterialSpec::new("tax_clearance", l("清税证明", "Tax clearance certificate"))
                .with_fields(&[F::CompanyName, F::CreditCode, F::IssueDate])
                .parallel()
                .with_note(l(
                    "税务注销通常可在公告期内同步办理,向当地确认。",
                    "Tax deregistration can usually run during the notice period; confirm \
                     locally.",
                )),
            common::business_licence(),
        ],
        pitfalls: vec![
            warning(
                "tax_system_down",
                Article,
                l(
                    "税务系统故障,清税证明开不出来,整个注销卡住。",
                    "The tax system is down, no clearance certificate can be issued and the \
                     whole deregistration stalls.",
                ),
                l(
                    "项目经理直接向窗口问恢复时间;执行专员先把其他注销材料备齐,后勤到大厅排队占位,系统一恢复马上办。",
                    "The PM asks the window directly when it will be back; executors finish \
                     the other papers and logistics holds a place in the queue, so the filing \
                     goes in as soon as the system recovers.",
                ),
                1,
            )
            .with_rule("system_outage_warning"),
            blocker(
                "unpaid_tax",
                Article,
                l(
                    "还有未缴税款(如印花税),拿不到清税证明,市场监管注销也就办不了。",
                    "Tax is still owed (stamp duty, for example), so there is no clearance \
                     certificate and the company cannot be deregistered.",
                ),
                l(
                    "查清税种和金额,1小时内告知客户并安排补缴,次日重新提交;清税证明一般随后一两天出具。",
                    "Find the tax and the amount, tell the client within the hour and arrange \
                     payment, resubmit the next day; clearance usually follows a day or two \
                     later.",
                ),
                2,
            )
            .with_rule("unpaid_tax"),
            warning(
                "notice_period",
                Practice,
                l(
                    "债权人公告期不能因加急而缩短,公告未满就办不了注销。",
                    "The creditor notice period cannot be shortened for an expedited case; the \
                     company cannot be closed before it ends.",
                ),
                l(
                    "一开始就把公告期排进计划并告知客户;符合条件的改走公告期更短的简易注销。",
                    "Plan the notice period in from the start and tell the client; where \
                     eligible, use simplified deregistration with its shorter notice.",
                ),
                32,
            ),
            note(
                "open_accounts",
                Practice,
                l(
                    "银行账户、社保、海关等登记尚未注销或处理,影响清算或留下隐患。",
                    "Bank accounts, social insurance or customs registrations are still open, \
                     which holds up liquidation or leaves loose ends.",
                ),
                l(
                    "列出全部需注销的账户和登记,分头并联办理。",
                    "List every account and registration to close and work through them in \
                     parallel.",
                ),
                5,
            ),
        ],
        ..service(
            "company_deregistration",
            l("公司注销", "Company deregistration"),
            vec![dept::market_regulator(), dept::tax_bureau()],
            45,
            Practice,
        )
    }
}
