//! Certifications and licences: high-tech enterprise, construction qualification, food business.

use super::{
    blocker, common, dept, l, service, warning, FieldKind as F, MaterialSpec, ServiceType,
    Source::{Article, Practice},
};

pub(super) fn high_tech_certification() -> ServiceType {
    ServiceType {
        materials: vec![
            MaterialSpec::new(
                "application_form",
                l("高新技术企业认定申请书", "High-tech certification application"),
            )
            .with_fields(&[F::CompanyName, F::CreditCode, F::LegalRepresentative])
            .seal_page()
            .signature(),
            common::business_licence(),
            MaterialSpec::new("patents", l("专利证书", "Patent certificates"))
                .repeated()
                .with_fields(&[F::Holder, F::IdNumber, F::IssueDate, F::Remarks])
                .with_note(l(
                    "每项专利单独录入;专利权人必须与营业执照上的企业名称一字不差。",
                    "Enter each patent on its own; the holder must match the company name on \
                     the licence character for character.",
                )),
            MaterialSpec::new(
                "financial_audits",
                l(
                    "近三个会计年度财务审计报告",
                    "Financial audit reports for the last three fiscal years",
                ),
            )
            .repeated()
            .with_fields(&[F::CompanyName, F::PeriodStart, F::PeriodEnd, F::IssueDate])
            .seal_page()
            .signature(),
            MaterialSpec::new(
                "rd_expense_audit",
                l(
                    "研发费用专项审计(鉴证)报告",
                    "Special audit report on R&D expenses",
                ),
            )
            .with_fields(&[F::CompanyName, F::PeriodStart, F::PeriodEnd, F::Amount])
            .seal_page()
            .signature()
            .parallel(),
            MaterialSpec::new(
                "hitech_income_audit",
                l(
                    "高新技术产品(服务)收入专项审计报告",
                    "Special audit report on high-tech product and service income",
                ),
            )
            .with_fields(&[F::CompanyName, F::PeriodStart, F::PeriodEnd, F::Amount])
            .seal_page()
            .signature()
            .parallel(),
            MaterialSpec::new(
                "tech_staff",
                l(
                    "科技人员名单及社保缴纳证明",
                    "Technical staff list with social insurance records",
                ),
            )
            .with_fields(&[F::PeriodStart, F::PeriodEnd, F::Remarks]),
            MaterialSpec::new("rd_projects", l("研发项目立项资料", "R&D project records"))
                .repeated()
                .with_fields(&[F::PeriodStart, F::PeriodEnd, F::Amount, F::Remarks]),
        ],
        pitfalls: vec![
            blocker(
                "patent_holder_mismatch",
                Article,
                l(
                    "部分专利证书上的专利权人是“……有限公司”,营业执照上却是“……有限责任公司”。认定要求专利权人与申请企业完全一致,差一个字也不算。",
                    "Some patents name the holder as \"…有限公司\" while the licence reads \
                     \"…有限责任公司\". Certification needs the holder to be exactly the \
                     applicant; one character off and the patent does not count.",
                ),
                l(
                    "向专利主管部门办理专利权人名称变更,约需15个工作日;先算清是否赶得上本批次截止日,赶不上就如实告诉客户并改报下一批。",
                    "File a holder name change with the patent office, about 15 working days; \
                     first work out whether that still fits before this batch closes, and if \
                     not, tell the client plainly and aim for the next batch.",
                ),
                15,
            )
            .with_rule("holder_name_match"),
            warning(
                "batch_deadline",
                Article,
                l(
                    "认定按批次受理,任何一项补正拖过截止日,就只能等下一批。",
                    "Applications are taken in batches; any fix that runs past the cut-off \
                     pushes the case to the next batch.",
                ),
                l(
                    "至少提前一个补正周期(如15个工作日)完成材料预审,给补救留出余地。",
                    "Finish the pre-review at least one fix cycle (say 15 working days) ahead \
                     of the cut-off, so there is room to repair.",
                ),
                0,
            ),
            blocker(
                "audit_period_gap",
                Practice,
                l(
                    "财务审计或研发费用专项审计没有覆盖近三个会计年度(成立不满三年的按实际经营年限)。",
                    "The financial or R&D audits do not cover the last three fiscal years (or \
                     the actual years of operation for younger companies).",
                ),
                l(
                    "请事务所补审缺少的年度;接单时就核对每份报告的期间。",
                    "Have the firm audit the missing years; check each report's period when \
                     taking the case.",
                ),
                5,
            )
            .with_rule("period_covers"),
            blocker(
                "report_name_mismatch",
                Article,
                l(
                    "审计报告上的企业名称或编号与营业执照不一致。",
                    "The company name or number on an audit report differs from the licence.",
                ),
                l(
                    "逐字比对后请事务所更正并重新出具。",
                    "Compare character by character and have the firm correct and reissue it.",
                ),
                2,
            )
            .with_rule("licence_fields_match"),
        ],
        ..service(
            "high_tech_certification",
            l("高新技术企业认定", "High-tech enterprise certification"),
            vec![l(
                "高新技术企业认定管理机构(科技、财政、税务部门)",
                "High-tech certification authority (science, finance and tax departments)",
            )],
            60,
            Practice,
        )
    }
}

pub(super) fn construction_qualification_upgrade() -> ServiceType {
    ServiceType {
        materials: vec![
            MaterialSpec::new(
                "application_form",
                l("资质申请表", "Qualification application form"),
            )
            .with_fields(&[F::CompanyName, F::CreditCode, F::LegalRepresentative])
            .seal_page()
            .signature(),
            common::business_licence(),
            MaterialSpec::new(
                "current_certificate",
                l("现有资质证书", "Current qualification certificate"),
            )
            .with_fields(&[F::CompanyName, F::IdNumber, F::IssueDate, F::ExpiryDate]),
            MaterialSpec::new(
                "track_record_contracts",
                l("业绩工程合同", "Track-record project contracts"),
            )
            .repeated()
            .with_fields(&[F::CompanyName, F::Amount, F::IssueDate, F::PageCount, F::Remarks])
            .seal_page()
            .accept_missing_later()
            .with_note(l(
                "每份合同都要有发包方(甲方)盖章页,甲方名称记在备注。纸质件来不及时,可先问主管部门能否用电子版预审、纸质件后补。",
                "Every contract needs the client's seal page; note the client's name in \
                 remarks. If paper is late, ask the authority whether an electronic \
                 pre-review with paper to follow is possible.",
            )),
            MaterialSpec::new(
                "acceptance_certificates",
                l("工程竣工验收单", "Completion acceptance certificates"),
            )
            .optional()
            .repeated()
            .with_fields(&[F::CompanyName, F::IssueDate, F::Remarks])
            .seal_page()
            .with_note(l(
                "业绩合同有缺陷时可作为补充证明;先确认主管部门是否认可。",
                "Supplementary proof when a contract is defective; check first that the \
                 authority accepts it.",
            )),
            MaterialSpec::new("owner_letters", l("业主证明函", "Owner's confirmation letters"))
                .optional()
                .repeated()
                .with_fields(&[F::CompanyName, F::IssueDate, F::Remarks])
                .seal_page()
                .with_note(l(
                    "同上,用于补充证明业绩。",
                    "As above, supplementary proof of the track record.",
                )),
            MaterialSpec::new(
                "personnel_certificates",
                l("注册人员证书", "Registered personnel certificates"),
            )
            .repeated()
            .with_fields(&[F::Holder, F::CompanyName, F::IdNumber, F::ExpiryDate])
            .with_note(l(
                "证书的注册单位须为本企业,且在有效期内。",
                "Each certificate must be registered to this company and still valid.",
            )),
            MaterialSpec::new(
                "personnel_social_insurance",
                l("人员社保缴纳证明", "Social insurance records of the personnel"),
            )
            .with_fields(&[F::CompanyName, F::PeriodStart, F::PeriodEnd])
            .parallel(),
        ],
        pitfalls: vec![
            blocker(
                "contract_seal_page_missing",
                Article,
                l(
                    "业绩证明里的工程合同缺少甲方盖章页,重新整理约需5天,承诺的7个工作日眼看保不住。",
                    "A track-record contract lacks the client's seal page; redoing it takes \
                     about 5 days and the promised 7 working days are at risk.",
                ),
                l(
                    "先问住建部门能否用电子版预审、纸质件补齐后归档;同时整理工程竣工验收单、业主证明函作为补充业绩材料;并请甲方尽快补盖章页。",
                    "Ask the housing and construction authority to pre-review electronic copies \
                     with paper filed later; meanwhile gather acceptance certificates and \
                     owner's letters as supplementary proof, and get the client to add the \
                     seal page.",
                ),
                5,
            )
            .with_rule("seal_page_present"),
            warning(
                "late_prereview",
                Article,
                l(
                    "递交当天才第一次细看材料,问题发现得太晚,没有修改余地。",
                    "The materials are first examined on the day of filing, too late to fix \
                     anything.",
                ),
                l(
                    "递交前约10天做材料预审,留足修改时间;这样做曾提前查出3处问题,7天内办结,比计划早3天。",
                    "Pre-review about 10 days before filing to leave time for changes; done \
                     this way, three problems were caught early and the case closed in 7 \
                     days, 3 ahead of plan.",
                ),
                0,
            )
            .with_rule("required_materials_complete"),
            blocker(
                "personnel_registered_elsewhere",
                Practice,
                l(
                    "注册人员证书的注册单位不是本企业,这些人员不能计入。",
                    "Some personnel certificates are registered to another company and do not \
                     count.",
                ),
                l(
                    "尽早办理变更注册,或换用已在本企业注册的人员。",
                    "Start the registration transfer early, or use staff already registered \
                     here.",
                ),
                20,
            )
            .with_rule("holder_name_match"),
            warning(
                "personnel_certificate_expired",
                Practice,
                l(
                    "注册人员证书已过期或在审批期间到期。",
                    "A personnel certificate has expired or will during the review.",
                ),
                l(
                    "先办延续注册,或换用证书有效的人员。",
                    "Renew the registration first, or use someone with a valid certificate.",
                ),
                10,
            )
            .with_rule("document_not_expired"),
        ],
        ..service(
            "construction_qualification_upgrade",
            l("建筑资质升级", "Construction qualification upgrade"),
            vec![l(
                "住房和城乡建设主管部门",
                "Housing and urban-rural development authority",
            )],
            // The article's 7 working days was one agency's promise to a client (and a later
            // case's result), not a time limit: the general 20-working-day limit for a licence
            // decision applies, and local rules differ.
            20,
            Practice,
        )
    }
}

pub(super) fn food_business_licence() -> ServiceType {
    ServiceType {
        materials: vec![
            MaterialSpec::new(
                "application_form",
                l("食品经营许可申请书", "Food business licence application"),
            )
            .with_fields(&[
                F::CompanyName,
                F::CreditCode,
                F::LegalRepresentative,
                F::BusinessScope,
            ])
            .signature(),
            common::business_licence(),
            MaterialSpec::new(
                "premises_layout",
                l(
                    "经营场所平面图及设备布局图",
                    "Floor plan and equipment layout",
                ),
            )
            .with_fields(&[F::PageCount, F::Remarks])
            .with_note(l(
                "标出加工、储存、就餐等区域和主要设备位置。",
                "Mark the preparation, storage and dining areas and the main equipment.",
            )),
            common::premises_proof(),
            MaterialSpec::new(
                "safety_rules",
                l("食品安全管理制度", "Food safety management rules"),
            )
            .with_fields(&[F::PageCount]),
            MaterialSpec::new(
                "safety_manager",
                l("食品安全管理人员信息", "Food safety manager details"),
            )
            .with_fields(&[F::Holder, F::IdNumber]),
            MaterialSpec::new(
                "health_certificates",
                l("从业人员健康证明", "Staff health certificates"),
            )
            .optional()
            .repeated()
            .with_fields(&[F::Holder, F::IssueDate, F::ExpiryDate])
            .parallel()
            .with_note(l(
                "有的地方随申请提交,有的只要求在岗人员持有;以当地要求为准。",
                "Filed with the application in some places, only kept on site in others; ask \
                 locally.",
            )),
        ],
        pitfalls: vec![
            blocker(
                "premises_noncompliant",
                Article,
                l(
                    "经营场所不符合要求(布局、面积、与污染源的距离等),申请被驳回,客户的开业计划被打乱。",
                    "The premises fall short (layout, floor area, distance from pollution \
                     sources and the like), the application is rejected and the opening plan \
                     is upset.",
                ),
                l(
                    "先共情、稳住客户情绪,再一起商量:按要求整改后重新申请,或另找合规场地;今后接单前先实地看场所,再承诺时间。",
                    "Acknowledge the client's frustration first, then work out the options \
                     together: bring the premises up to standard and reapply, or find a \
                     compliant site; in future, inspect the premises before promising a date.",
                ),
                10,
            )
            .with_rule("premises_requirements"),
            warning(
                "health_certificate_expired",
                Practice,
                l(
                    "从业人员健康证明过期或缺失。",
                    "Staff health certificates are missing or expired.",
                ),
                l(
                    "安排体检补办,拿到新证明后更新。",
                    "Book health checks and update once the new certificates arrive.",
                ),
                5,
            )
            .with_rule("document_not_expired"),
            warning(
                "item_conditions",
                Practice,
                l(
                    "所申请的经营项目(如热食类制售)对场所和设备有额外要求,现场核查不过。",
                    "The food categories applied for (hot meals, for example) need extra \
                     facilities and the on-site check fails.",
                ),
                l(
                    "按拟申请项目逐条核对条件,暂不满足的项目先不报。",
                    "Check the conditions item by item and leave out categories the site \
                     cannot meet yet.",
                ),
                5,
            )
            .with_rule("premises_requirements"),
        ],
        ..service(
            "food_business_licence",
            l("食品经营许可证", "Food business licence"),
            vec![dept::market_regulator()],
            // The article's 3 days was the promise that failed, not the legal time limit: the
            // regulator decides within 10 working days (extendable), depending on the city.
            10,
            Practice,
        )
    }
}
