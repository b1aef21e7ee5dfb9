//! Tax, audit and social-insurance services.

use super::{
    blocker, common, dept, l, note, service, warning, FieldKind as F, MaterialSpec, ServiceType,
    Source::{Article, Practice},
};

pub(super) fn tax_change() -> ServiceType {
    ServiceType {
        materials: vec![
            MaterialSpec::new(
                "change_form",
                l("变更税务登记表", "Tax registration change form"),
            )
            .with_fields(&[F::CompanyName, F::CreditCode, F::LegalRepresentative])
            .seal_page()
            .signature(),
            common::business_licence().with_note(l(
                "须为变更后的新执照,信息与变更表一致。",
                "Must be the licence issued after the change, matching the change form.",
            )),
            MaterialSpec::new(
                "change_notice",
                l(
                    "登记机关变更通知书",
                    "Change notice from the market regulator",
                ),
            )
            .with_fields(&[F::CompanyName, F::IssueDate])
            .with_note(l(
                "多数地区市场监管的变更信息会同步到税务系统,但仍要核对同步结果。",
                "In most places the regulator's change reaches the tax system automatically, \
                 but check what actually arrived.",
            )),
            MaterialSpec::new(
                "new_officer_ids",
                l(
                    "新任法定代表人或财务负责人身份证件",
                    "ID of the new legal representative or finance officer",
                ),
            )
            .optional()
            .with_fields(&[F::LegalRepresentative, F::IdNumber, F::ExpiryDate]),
            common::agent_authorization(),
        ],
        pitfalls: vec![
            warning(
                "tax_system_upgrade",
                Article,
                l(
                    "当地税务系统临时升级,涉税业务暂停数日(有地方停了3天),加急变更只能顺延。",
                    "The local tax system is upgraded and tax business stops for days (three \
                     days in one known case); the expedited change has to wait.",
                ),
                l(
                    "把升级通知录入政策风险预警库并提前告诉客户;能提前办的提前办,办不了的与客户商定新时间。",
                    "Log the notice in the policy-risk warning library and tell clients early; \
                     file ahead of the outage where possible, otherwise agree a new date.",
                ),
                3,
            )
            .with_rule("system_outage_warning"),
            blocker(
                "incomplete_materials",
                Article,
                l(
                    "材料不齐,变更被退回,客户很失望。",
                    "Materials were incomplete, the change was returned and the client was \
                     let down.",
                ),
                l(
                    "机构主动承担,免费帮客户整理补齐材料后重新办理;之后的业务先做材料预审再递交。",
                    "Take responsibility, sort out the missing materials for free and redo the \
                     filing; for later work, pre-review the materials before filing.",
                ),
                3,
            )
            .with_rule("required_materials_complete"),
            warning(
                "real_name_not_done",
                Practice,
                l(
                    "新任法定代表人或财务负责人未在电子税务局完成实名认证,变更确认不了。",
                    "The new legal representative or finance officer has not completed the \
                     e-tax real-name check, so the change cannot be confirmed.",
                ),
                l(
                    "提前约本人完成认证;本人不便到场的,问清当地是否支持远程认证。",
                    "Book the person in advance; if they cannot come, ask whether remote \
                     verification is accepted locally.",
                ),
                1,
            )
            .with_rule("legal_rep_presence"),
        ],
        ..service(
            "tax_change",
            l("税务变更", "Tax registration change"),
            vec![dept::tax_bureau()],
            // The article's "3 days" was how fast one redo went, not a time limit.
            3,
            Practice,
        )
    }
}

pub(super) fn tax_deregistration() -> ServiceType {
    ServiceType {
        materials: vec![
            MaterialSpec::new(
                "deregistration_form",
                l("注销税务登记申请", "Tax deregistration application"),
            )
            .with_fields(&[F::CompanyName, F::CreditCode, F::LegalRepresentative])
            .seal_page()
            .signature(),
            MaterialSpec::new(
                "tax_settlement",
                l(
                    "各税种申报及缴款记录",
                    "Returns and payments for every tax",
                ),
            )
            .with_fields(&[F::PeriodStart, F::PeriodEnd, F::Amount]),
            MaterialSpec::new(
                "invoice_cancellation",
                l("发票缴销记录", "Invoice cancellation record"),
            )
            .with_fields(&[F::PageCount, F::Remarks]),
            MaterialSpec::new(
                "dissolution_resolution",
                l("解散决议或决定", "Dissolution resolution"),
            )
            .optional()
            .with_fields(&[F::CompanyName, F::IssueDate])
            .signature(),
            MaterialSpec::new(
                "commitment_letter",
                l("容缺办理承诺书", "Commitment letter for missing items"),
            )
            .optional()
            .with_fields(&[F::CompanyName, F::LegalRepresentative, F::IssueDate])
            .signature()
            .accept_missing_later()
            .with_note(l(
                "不少地区对没有欠税等问题、只差部分资料的纳税人实行承诺制,先出清税证明,约定期限内补齐;以当地规定为准。",
                "Many places let a taxpayer with nothing owed sign a commitment, get the \
                 clearance first and hand in the missing papers by an agreed date; local \
                 rules decide.",
            )),
        ],
        pitfalls: vec![
            blocker(
                "unpaid_stamp_duty",
                Article,
                l(
                    "有一笔印花税(例如500元)没有缴纳,注销申请被税务局驳回。",
                    "A stamp duty payment (500 yuan, for example) is outstanding and the tax \
                     bureau rejects the deregistration.",
                ),
                l(
                    "接到通知1小时内致电客户,说明原因、金额和安排;当天备好补缴材料,次日重新提交,约两天后拿到清税证明。",
                    "Call the client within the hour with the cause, amount and plan; prepare \
                     the payment the same day and resubmit the next, with clearance about two \
                     days later.",
                ),
                2,
            )
            .with_rule("unpaid_tax"),
            warning(
                "tax_system_down",
                Article,
                l(
                    "税务系统故障或升级,暂时无法清税。",
                    "The tax system is down or being upgraded, so no clearance can be issued \
                     for now.",
                ),
                l(
                    "向窗口问清恢复时间,其余材料先备齐,安排人排队,恢复后第一时间办理。",
                    "Ask the window when it will be back, finish the other papers, keep \
                     someone in the queue and file as soon as it recovers.",
                ),
                1,
            )
            .with_rule("system_outage_warning"),
            blocker(
                "invoices_not_cancelled",
                Practice,
                l(
                    "还有未缴销或未验旧的发票,无法清税。",
                    "Some invoices have not been cancelled or checked in, so clearance is \
                     refused.",
                ),
                l(
                    "先在系统中缴销全部空白发票并完成验旧。",
                    "Cancel all blank invoices and complete the check-in first.",
                ),
                1,
            )
            .with_rule("required_materials_complete"),
            blocker(
                "missed_filings",
                Practice,
                l(
                    "以往有漏报(包括零申报未报),须先补报并缴纳罚款和滞纳金。",
                    "Past returns were missed (nil returns included) and must be filed, with \
                     fines and late fees paid, first.",
                ),
                l(
                    "调出申报记录逐月核对,补报后再提交注销。",
                    "Pull the filing history, check month by month, file what is missing and \
                     then apply.",
                ),
                3,
            )
            .with_rule("unpaid_tax"),
        ],
        ..service(
            "tax_deregistration",
            l("税务注销", "Tax deregistration"),
            vec![dept::tax_bureau()],
            5,
            Practice,
        )
    }
}

pub(super) fn audit_report() -> ServiceType {
    ServiceType {
        materials: vec![
            MaterialSpec::new(
                "engagement_letter",
                l("审计业务约定书", "Audit engagement letter"),
            )
            .with_fields(&[F::CompanyName, F::PeriodStart, F::PeriodEnd])
            .seal_page()
            .signature()
            .with_note(l(
                "约定的审计期间要覆盖报告用途所要求的年度。",
                "The agreed audit period must cover the years the report will be used for.",
            )),
            MaterialSpec::new("financial_statements", l("财务报表", "Financial statements"))
                .repeated()
                .with_fields(&[F::CompanyName, F::PeriodStart, F::PeriodEnd, F::Amount])
                .seal_page(),
            MaterialSpec::new(
                "ledgers_vouchers",
                l("账簿及会计凭证", "Ledgers and vouchers"),
            )
            .with_fields(&[F::PeriodStart, F::PeriodEnd, F::PageCount]),
            MaterialSpec::new("bank_statements", l("银行对账单", "Bank statements"))
                .repeated()
                .with_fields(&[F::PeriodStart, F::PeriodEnd, F::Amount])
                .parallel(),
            MaterialSpec::new("tax_returns", l("纳税申报表", "Tax returns"))
                .repeated()
                .with_fields(&[F::PeriodStart, F::PeriodEnd, F::Amount])
                .parallel(),
            MaterialSpec::new(
                "management_representation",
                l("管理层声明书", "Management representation letter"),
            )
            .with_fields(&[F::CompanyName, F::LegalRepresentative, F::IssueDate])
            .seal_page()
            .signature(),
            common::business_licence(),
        ],
        pitfalls: vec![
            blocker(
                "period_not_covered",
                Practice,
                l(
                    "审计期间没有覆盖后续业务要求的年度(如高企认定看近三个会计年度),报告用不上。",
                    "The audit period misses years the next service needs (high-tech \
                     certification looks at the last three fiscal years), so the report is \
                     of no use.",
                ),
                l(
                    "接单时先问清报告用途和所需期间,据此约定审计范围;已出的报告不够时,补审缺少的期间。",
                    "Ask what the report is for and which period it must cover before \
                     agreeing the scope; if an issued report falls short, audit the missing \
                     period.",
                ),
                5,
            )
            .with_rule("period_covers"),
            blocker(
                "name_mismatch",
                Article,
                l(
                    "报告上的企业名称或统一社会信用代码与营业执照不完全一致。",
                    "The company name or credit code on the report differs from the business \
                     licence.",
                ),
                l(
                    "出具前对照执照逐字核对名称、编号和日期;已出具的请事务所更正后重新出具。",
                    "Before issue, compare names, numbers and dates with the licence \
                     character by character; if already issued, have the firm correct and \
                     reissue it.",
                ),
                2,
            )
            .with_rule("licence_fields_match"),
            blocker(
                "signature_seal_missing",
                Practice,
                l(
                    "报告缺注册会计师签名或事务所盖章。",
                    "The report lacks a CPA's signature or the firm's seal.",
                ),
                l(
                    "交付前检查签章页,缺的退回事务所补签补盖。",
                    "Check the signature page on delivery and send it back to the firm for \
                     anything missing.",
                ),
                1,
            )
            .with_rule("signature_present"),
            note(
                "no_prereview",
                Article,
                l(
                    "急着出报告,没有先做材料预审,来回补资料拖慢进度。",
                    "In the rush nobody pre-reviewed the materials, and the back-and-forth \
                     over missing papers cost time.",
                ),
                l(
                    "先做材料预审,一次性列出账证和对账单的缺口;做过预审的加急审计往往一次通过。",
                    "Pre-review first and list every gap in the books and statements at once; \
                     pre-reviewed expedited audits tend to pass the first time.",
                ),
                0,
            )
            .with_rule("required_materials_complete"),
        ],
        ..service(
            "audit_report",
            l("审计报告", "Audit report"),
            vec![l("会计师事务所", "Accounting firm")],
            5,
            Practice,
        )
    }
}

pub(super) fn social_insurance_enrolment() -> ServiceType {
    ServiceType {
        materials: vec![
            MaterialSpec::new(
                "employee_list",
                l("增员人员信息", "Employees to enrol"),
            )
            .repeated()
            .with_fields(&[F::Holder, F::IdNumber, F::PeriodStart, F::Amount])
            .with_note(l(
                "每人一条:姓名、身份证号、参保起始月、缴费基数。",
                "One entry per person: name, ID number, first month and contribution base.",
            )),
            MaterialSpec::new(
                "unit_account",
                l("单位参保登记信息", "Employer's social insurance registration"),
            )
            .with_fields(&[F::CompanyName, F::CreditCode]),
            MaterialSpec::new("labour_contracts", l("劳动合同", "Labour contracts"))
                .optional()
                .repeated()
                .with_fields(&[F::Holder, F::PeriodStart, F::PeriodEnd])
                .signature()
                .with_note(l(
                    "部分地区要求提供,以当地经办机构要求为准。",
                    "Required in some places only; ask the local agency.",
                )),
        ],
        pitfalls: vec![
            blocker(
                "item_missed",
                Article,
                l(
                    "机构办理时漏报了一项,增员失败,员工医疗费无法报销,客户还被罚款(例如2000元)。",
                    "The agency left out an item, enrolment failed, staff could not claim \
                     medical costs and the client was fined (2,000 yuan, for example).",
                ),
                l(
                    "属机构责任的,主动承担罚款等直接损失并立即补报;再为客户免费做一段时间的社保合规检查,防止再犯。",
                    "Where the agency is at fault, pay the fine and other direct losses and \
                     file the missing item at once; add a period of free compliance checks so \
                     it does not happen again.",
                ),
                1,
            )
            .with_rule("required_materials_complete"),
            warning(
                "late_enrolment",
                Practice,
                l(
                    "员工入职后超过规定期限(一般为30日)才增员,出现断缴或需补缴。",
                    "Enrolment comes after the deadline (usually 30 days from hiring), leaving \
                     a gap or back payments.",
                ),
                l(
                    "入职当天收齐资料,当月办理增员。",
                    "Collect the details on the first day and enrol in the same month.",
                ),
                1,
            )
            .with_rule("period_covers"),
            note(
                "wrong_base",
                Practice,
                l(
                    "缴费基数低于当地下限或与工资不符,被要求更正。",
                    "The contribution base is below the local floor or does not match the \
                     salary and must be corrected.",
                ),
                l(
                    "按当地当年的基数上下限核对后更正。",
                    "Check against this year's local floor and ceiling and correct it.",
                ),
                1,
            ),
        ],
        ..service(
            "social_insurance_enrolment",
            l("社保增员", "Social insurance enrolment"),
            vec![
                l("社会保险经办机构", "Social insurance agency"),
                dept::tax_bureau(),
            ],
            1,
            Practice,
        )
    }
}
