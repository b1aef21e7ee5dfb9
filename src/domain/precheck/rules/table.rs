//! The rule texts. One entry per [`RuleId`], in library order.

use super::{RuleFamily as Fam, RuleId as R, RuleInfo, Text};
use crate::domain::catalog::Severity::{Blocker, Note, Warning};

const BASIS_LICENCE: Text = t!(
    "实务中各审批部门都以营业执照为准,逐字核对其他材料上的名称、代码和法定代表人;差一个字也会被退回。",
    "In practice every department takes the business licence as the reference and compares names, codes and the legal representative on other documents character by character; one character off and the file comes back."
);

pub(super) static RULES: [RuleInfo; 24] = [
    RuleInfo {
        id: R::CompanyNameMatch,
        key: "company_name_match",
        family: Fam::Consistency,
        catalog_rule: Some("licence_fields_match"),
        severity: Blocker,
        title: t!("企业名称与执照不一致", "Company name differs from the licence"),
        checks: t!(
            "每份材料上的企业名称与营业执照(没有执照时与案件登记的客户名称)逐字比对,并指出差异类型,如“有限公司”与“有限责任公司”。",
            "Compares the company name on every document with the business licence (or, without one, the client name on the case) character by character and names the kind of difference, e.g. 有限公司 vs 有限责任公司."
        ),
        basis: BASIS_LICENCE,
        fix: t!(
            "核对原件:若是录入错误就改正;若文件本身写错,请出具方按执照名称更正后重新出具。",
            "Check the original: if it was mistyped, correct the entry; if the document itself is wrong, have the issuer correct it to the licence name and reissue it."
        ),
        fix_working_days: 2,
    },
    RuleInfo {
        id: R::CreditCodeMatch,
        key: "credit_code_match",
        family: Fam::Consistency,
        catalog_rule: Some("licence_fields_match"),
        severity: Blocker,
        title: t!("信用代码与执照不一致", "Credit code differs from the licence"),
        checks: t!(
            "每份材料上的统一社会信用代码与营业执照上的代码比对(忽略首尾空格和字母大小写)。",
            "Compares the unified social credit code on every document with the licence (ignoring surrounding spaces and letter case)."
        ),
        basis: BASIS_LICENCE,
        fix: t!(
            "对照执照逐位核对;文件本身写错的,请出具方更正重出。",
            "Compare digit by digit with the licence; if the document itself is wrong, have the issuer correct and reissue it."
        ),
        fix_working_days: 2,
    },
    RuleInfo {
        id: R::LegalRepMatch,
        key: "legal_rep_match",
        family: Fam::Consistency,
        catalog_rule: Some("licence_fields_match"),
        severity: Blocker,
        title: t!("法定代表人与执照不一致", "Legal representative differs from the licence"),
        checks: t!(
            "申请书、身份证件、授权书等材料上的法定代表人姓名与营业执照比对。",
            "Compares the legal representative named on forms, ID documents and powers of attorney with the licence."
        ),
        basis: BASIS_LICENCE,
        fix: t!(
            "确认是否刚变更过法定代表人:执照未换发的先办变更;否则按执照更正材料。",
            "Check whether the legal representative changed recently: if the licence is not yet updated, file that change first; otherwise correct the document to match the licence."
        ),
        fix_working_days: 2,
    },
    RuleInfo {
        id: R::HolderNameMatch,
        key: "holder_name_match",
        family: Fam::Consistency,
        catalog_rule: Some("holder_name_match"),
        severity: Blocker,
        title: t!("权利人与申请企业不一致", "Holder is not exactly the company"),
        checks: t!(
            "专利、商标等权利证书上的权利人(申请人),以及注册人员证书上的注册单位,必须与执照上的企业名称完全相同。",
            "The holder (applicant) named on patents, trademarks and similar rights, and the company a personnel certificate is registered to, must equal the company name on the licence exactly."
        ),
        basis: t!(
            "《高新技术企业认定管理办法》等规定把知识产权计入申请企业的前提是权利归属于该企业本身;名称只差组织形式也不算同一主体。",
            "Certification rules such as the High-Tech Enterprise Recognition Measures count a patent or right only if it belongs to the applicant itself; a name that differs only in its company-form suffix is not the same holder."
        ),
        fix: t!(
            "向登记机关办理权利人名称变更(专利约 15 个工作日);先算清能否赶上截止日,赶不上要如实告诉客户。",
            "File a holder name change with the registering office (about 15 working days for a patent); first work out whether it fits before the deadline, and tell the client plainly if not."
        ),
        fix_working_days: 15,
    },
    RuleInfo {
        id: R::CaseRecordMatch,
        key: "case_record_match",
        family: Fam::Consistency,
        catalog_rule: None,
        severity: Warning,
        title: t!("案件登记信息与执照不一致", "Case record differs from the licence"),
        checks: t!(
            "营业执照上的名称、代码、法定代表人与接案时登记的客户信息比对。",
            "Compares the name, code and legal representative on the licence with the client details recorded at intake."
        ),
        basis: t!(
            "执照是准的;案件登记信息用于预填和对外沟通,写错会带进后续每份材料。",
            "The licence is authoritative; the case record prefills every new material and goes into client messages, so a slip there spreads."
        ),
        fix: t!(
            "确认执照为最新版后,按执照更正案件登记信息。",
            "Make sure the licence is the latest one, then correct the case record to match it."
        ),
        fix_working_days: 0,
    },
    RuleInfo {
        id: R::ScopeConsistent,
        key: "scope_consistent",
        family: Fam::Consistency,
        catalog_rule: None,
        severity: Warning,
        title: t!("各材料经营范围不一致", "Business scope differs between documents"),
        checks: t!(
            "申请书、章程、决议等材料上的经营范围相互比对(忽略空白)。",
            "Compares the business scope written on the application, articles and resolutions (ignoring whitespace)."
        ),
        basis: t!(
            "经营范围写在章程里,申请书与章程、决议不一致会被要求补正。",
            "The scope is part of the articles; an application that reads differently from the articles or the resolution is sent back for correction."
        ),
        fix: t!(
            "以客户确认的规范表述为准,统一各材料的写法后重新签署。",
            "Settle one wording with the client in the standard form, make every document say it, and have them signed again."
        ),
        fix_working_days: 1,
    },
    RuleInfo {
        id: R::CreditCodeValid,
        key: "credit_code_valid",
        family: Fam::CheckDigits,
        catalog_rule: None,
        severity: Blocker,
        title: t!("信用代码校验不通过", "Credit code fails its check"),
        checks: t!(
            "按 GB 32100 校验每个统一社会信用代码的长度、字符和第 18 位校验码。",
            "Checks the length, characters and 18th check character of every unified social credit code (GB 32100)."
        ),
        basis: t!(
            "信用代码带校验位,抄错一位系统就会拒收。",
            "Credit codes carry a check character; a single miscopied character is rejected by the system."
        ),
        fix: t!(
            "对照执照原件逐位核对;原件无误就改录入,文件本身写错的请出具方更正。",
            "Compare each character with the original licence; fix the entry if that was the slip, or have the issuer correct the document."
        ),
        fix_working_days: 1,
    },
    RuleInfo {
        id: R::IdNumberValid,
        key: "id_number_valid",
        family: Fam::CheckDigits,
        catalog_rule: None,
        severity: Blocker,
        title: t!("身份证号码校验不通过", "ID number fails its check"),
        checks: t!(
            "身份证件上形如身份证号的号码,按 GB 11643 校验长度、出生日期和校验码(护照等其他证件号不校验)。",
            "Numbers on ID documents that look like resident ID numbers are checked for length, birth date and check character (GB 11643); passport numbers are left alone."
        ),
        basis: t!(
            "实名核验和系统录入都会校验身份证号。",
            "Real-name checks and every filing system validate ID numbers."
        ),
        fix: t!(
            "对照证件原件核对;确属证件问题的请本人补办。",
            "Compare with the original card; if the card itself is the problem, the holder must get it reissued."
        ),
        fix_working_days: 1,
    },
    RuleInfo {
        id: R::DocumentExpired,
        key: "document_expired",
        family: Fam::Dates,
        catalog_rule: Some("document_not_expired"),
        severity: Blocker,
        title: t!("证件已过期", "Document has expired"),
        checks: t!(
            "有效期至早于今天的证件或证书。填“长期”的不算过期。",
            "Documents and certificates whose expiry date is before today. “长期” (no end date) never expires."
        ),
        basis: t!(
            "过期证件不能用于办理,银行和登记机关都会当场退回。",
            "Expired documents cannot be used; banks and registries turn them away on the spot."
        ),
        fix: t!(
            "先办续期或补领,新证到手后更新材料。",
            "Renew or reissue it first and update the material once the new one arrives."
        ),
        fix_working_days: 5,
    },
    RuleInfo {
        id: R::ExpiresBeforeDeadline,
        key: "expires_before_deadline",
        family: Fam::Dates,
        catalog_rule: Some("document_not_expired"),
        severity: Warning,
        title: t!("证件将在办结前到期", "Document expires before the case is done"),
        checks: t!(
            "有效期至早于截止日(或承诺办结日,取较晚者)的证件。",
            "Documents that expire before the hard date (or the promised completion date, whichever is later)."
        ),
        basis: t!(
            "审批期间证件到期,同样会被要求更换。",
            "A document that expires while the case is under review has to be replaced just the same."
        ),
        fix: t!(
            "提前办理续期,或与部门确认到期前递交是否可行。",
            "Renew it early, or confirm with the department that filing before expiry is enough."
        ),
        fix_working_days: 5,
    },
    RuleInfo {
        id: R::IssueDateFuture,
        key: "issue_date_future",
        family: Fam::Dates,
        catalog_rule: None,
        severity: Warning,
        title: t!("签发日期在今天之后", "Issue date is in the future"),
        checks: t!("签发日期晚于今天。", "An issue date later than today."),
        basis: t!(
            "未来日期多半是录入错误,或是倒签的文件,审核时会被质疑。",
            "A future date is usually a typing slip, or a back-dated document that reviewers will question."
        ),
        fix: t!(
            "核对原件上的日期并更正录入。",
            "Check the date on the original and correct the entry."
        ),
        fix_working_days: 0,
    },
    RuleInfo {
        id: R::PeriodReversed,
        key: "period_reversed",
        family: Fam::Dates,
        catalog_rule: None,
        severity: Warning,
        title: t!("期间起止颠倒", "Period ends before it starts"),
        checks: t!("期间截止早于期间起始。", "A period end earlier than its start."),
        basis: t!("起止颠倒的期间无法判断覆盖范围。", "A reversed period cannot show what it covers."),
        fix: t!("核对原件并更正起止日期。", "Check the original and correct both dates."),
        fix_working_days: 0,
    },
    RuleInfo {
        id: R::PeriodCovers,
        key: "period_covers",
        family: Fam::Dates,
        catalog_rule: Some("period_covers"),
        severity: Blocker,
        title: t!("期间未覆盖所需范围", "Period does not cover what is needed"),
        checks: t!(
            "审计、报表类材料须覆盖最近若干个完整会计年度(高新认定的财务审计和研发费用为 3 年,高新收入为 1 年,审计报告为最近 1 年);租赁期须覆盖到办结;债权人公告期须在截止日前结束。会计年度即公历年度。",
            "Audits and statements must cover the last full fiscal years (three for high-tech financial and R&D audits, one for high-tech income and for an audit report); a lease must run until the case is done; a creditor notice must end by the hard date. A fiscal year is the calendar year."
        ),
        basis: t!(
            "认定和审批只看规定期间内的数据;缺一年,整份材料就不作数。成立不满规定年限的企业按实际经营年度。",
            "Reviews only count figures for the required period; one missing year and the material does not count. Companies younger than the period are judged on their actual years."
        ),
        fix: t!(
            "请事务所补审缺少的年度,或续签租约;公告期无法缩短的,与客户改约日期。",
            "Have the firm audit the missing years or renew the lease; a notice period cannot be shortened, so agree a new date with the client."
        ),
        fix_working_days: 5,
    },
    RuleInfo {
        id: R::MaterialNotReady,
        key: "material_not_ready",
        family: Fam::Completeness,
        catalog_rule: Some("required_materials_complete"),
        severity: Blocker,
        title: t!("材料缺失或待更换", "Material missing or to be replaced"),
        checks: t!(
            "必交材料为“缺失”或“待更换”时为阻断;部门允许容缺后补的,或可选材料待更换的,为警告。",
            "A required material that is missing or to be replaced is a blocker; a warning when the department accepts it later (容缺受理) or when an optional material is to be replaced."
        ),
        basis: t!(
            "材料不齐会被退件,加急时间就耗在来回补件上。",
            "Incomplete files are returned, and the expedite time goes on back-and-forth."
        ),
        fix: t!(
            "与客户约定交齐日期(合同中写明客户对材料及时性负责);能容缺受理的先问清后补期限。",
            "Agree a date with the client for the missing papers (the contract makes the client answer for timely materials); where the department accepts items later, ask for the deadline."
        ),
        fix_working_days: 3,
    },
    RuleInfo {
        id: R::PageCount,
        key: "page_count",
        family: Fam::Completeness,
        catalog_rule: None,
        severity: Warning,
        title: t!("页数未核对", "Page count not checked"),
        checks: t!(
            "记录页数的材料没有填写页数,或页数不是正整数。",
            "A material that records its page count has none, or not a whole number."
        ),
        basis: t!(
            "清点页数才能发现缺页(建筑资质案例中合同恰恰缺了甲方盖章页)。",
            "Counting pages is how missing pages are found (in the construction case a contract lacked exactly the client's seal page)."
        ),
        fix: t!("逐页清点原件并填写页数。", "Count the pages of the original and record the number."),
        fix_working_days: 0,
    },
    RuleInfo {
        id: R::SealPage,
        key: "seal_page",
        family: Fam::Completeness,
        catalog_rule: Some("seal_page_present"),
        severity: Blocker,
        title: t!("缺盖章页", "Seal page missing"),
        checks: t!(
            "要求盖章页的材料标记为缺盖章页时为阻断;尚未核对时为警告。",
            "A material that needs a seal page is a blocker when marked as lacking it, and a warning while nobody has checked."
        ),
        basis: t!(
            "没有盖章页的文件不能证明对方认可,审批部门不予采信。",
            "Without the seal page a document does not prove the other party agreed, and the authority will not accept it."
        ),
        fix: t!(
            "请盖章方尽快补盖;同时问部门能否先用电子版预审、纸质件后补,并准备可替代的补充证明。",
            "Get the sealing party to add the seal page quickly; meanwhile ask whether an electronic pre-review with paper later is possible, and prepare supplementary proof."
        ),
        fix_working_days: 5,
    },
    RuleInfo {
        id: R::Signature,
        key: "signature",
        family: Fam::Completeness,
        catalog_rule: Some("signature_present"),
        severity: Blocker,
        title: t!("缺签字", "Signatures missing"),
        checks: t!(
            "要求签字的材料标记为缺签字时为阻断;尚未核对时为警告。",
            "A material that needs signatures is a blocker when marked as lacking them, and a warning while nobody has checked."
        ),
        basis: t!(
            "缺少应签人的签字,文件不生效。",
            "A document missing a required signature is not valid."
        ),
        fix: t!(
            "逐个核对应签人;人在外地的提前寄送签署。",
            "Check each required signer; post the papers early to anyone out of town."
        ),
        fix_working_days: 2,
    },
    RuleInfo {
        id: R::FieldsNotEntered,
        key: "fields_not_entered",
        family: Fam::Completeness,
        catalog_rule: None,
        severity: Note,
        title: t!("关键字段未录入", "Key fields not entered"),
        checks: t!(
            "已收到的材料上,用于比对的字段(名称、代码、法定代表人、权利人、证件号、有效期、期间)还空着。",
            "A material in hand still has empty fields that the checks compare (name, code, legal representative, holder, ID number, expiry, period)."
        ),
        basis: t!(
            "没录入的字段无法比对,零容错的前提是每一项都核过。",
            "An empty field cannot be compared; zero tolerance means every item has been looked at."
        ),
        fix: t!("照原件录入这些字段。", "Enter these fields from the original."),
        fix_working_days: 0,
    },
    RuleInfo {
        id: R::FieldUnreadable,
        key: "field_unreadable",
        family: Fam::Completeness,
        catalog_rule: None,
        severity: Warning,
        title: t!("字段无法识别", "Field cannot be read"),
        checks: t!(
            "日期、金额、页数、是否盖章等字段的内容无法识别,相关检查因此跳过。",
            "A date, amount, page count or yes/no field whose content cannot be read, so its checks are skipped."
        ),
        basis: t!("无法识别的值等于没有核对。", "A value that cannot be read has not been checked."),
        fix: t!(
            "日期按 2026-03-20 的格式填写,金额只填数字,是否项选“有/无”。",
            "Write dates as 2026-03-20, amounts as numbers, and pick yes or no for the checkboxes."
        ),
        fix_working_days: 0,
    },
    RuleInfo {
        id: R::LegalRepPresence,
        key: "legal_rep_presence",
        family: Fam::Presence,
        catalog_rule: Some("legal_rep_presence"),
        severity: Blocker,
        title: t!("法定代表人无法到场", "Legal representative cannot attend"),
        checks: t!(
            "业务有环节要求法定代表人本人到场(如银行开户),而其标记为无法到场时为阻断;尚未确认时为提示。业务不要求到场但有实名认证环节的,无法到场为警告。",
            "A blocker when a step needs the legal representative in person (opening a bank account, say) and he or she is marked unable to come; a note while unconfirmed. Where the service only needs a real-name check, unavailability is a warning."
        ),
        basis: t!(
            "银行开立对公账户一般要求法定代表人面签;外资设立案例中法人在国外,靠远程视频核验、授权委托和“先照后户”才赶上。",
            "Banks normally require the legal representative to sign in person for a corporate account; in the foreign-investment case the representative was abroad and the deadline was met only through remote video verification, a power of attorney and licence-first, bank-receipt-later."
        ),
        fix: t!(
            "同时推进三条路:请银行做远程视频核验;准备法定代表人授权委托书(境外签署的按要求公证认证);问登记机关能否先发执照、开户回执后补。",
            "Pursue three routes at once: ask the bank for remote video verification; prepare a power of attorney from the legal representative (notarised and legalised if signed abroad); ask the registry to issue the licence first and take the bank receipt later."
        ),
        fix_working_days: 1,
    },
    RuleInfo {
        id: R::ScopeWording,
        key: "scope_wording",
        family: Fam::ServiceSpecific,
        catalog_rule: Some("scope_standard_wording"),
        severity: Warning,
        title: t!("经营范围用语不规范", "Business scope not in standard wording"),
        checks: t!(
            "经营范围里出现“等等”“相关业务”“一切”“包括但不限于”等兜底说法,或以“等”结尾。只查明显的说法,不代替逐条对照规范表述。",
            "The business scope contains catch-alls such as 等等, 相关业务, 一切 or 包括但不限于, or an item ending in 等. Only obvious phrases are caught; it does not replace checking each item against the standard wording."
        ),
        basis: t!(
            "登记机关要求经营范围使用以《国民经济行业分类》为基础的规范表述;照搬客户口头描述会被退回。",
            "Registries require the standard scope wording based on the national industry classification; a client's loose description is sent back."
        ),
        fix: t!(
            "逐条改为规范表述,请客户确认后提交。",
            "Rewrite each item in the standard wording and have the client confirm it."
        ),
        fix_working_days: 1,
    },
    RuleInfo {
        id: R::UnpaidTax,
        key: "unpaid_tax",
        family: Fam::ServiceSpecific,
        catalog_rule: Some("unpaid_tax"),
        severity: Blocker,
        title: t!("有未缴税款", "Tax still owed"),
        checks: t!(
            "税款结清类材料上记录的未缴金额大于 0。",
            "A tax-settlement material records an amount still owed above zero."
        ),
        basis: t!(
            "有欠税(哪怕几百元印花税)就开不出清税证明,注销办不下去。",
            "Any tax owed (even a few hundred yuan of stamp duty) blocks the tax clearance certificate and with it the deregistration."
        ),
        fix: t!(
            "查清税种和金额,1 小时内告诉客户并安排补缴,补缴后重新提交。",
            "Find the tax and the amount, tell the client within the hour, arrange payment and resubmit."
        ),
        fix_working_days: 2,
    },
    RuleInfo {
        id: R::PremisesRemarks,
        key: "premises_remarks",
        family: Fam::ServiceSpecific,
        catalog_rule: Some("premises_requirements"),
        severity: Warning,
        title: t!("经营场所可能不合要求", "Premises may not qualify"),
        checks: t!(
            "场所类材料的备注里出现“住宅”“地下室”“无产权”等字样。",
            "The remarks of a premises material mention a residential flat, a basement, no title deed and the like."
        ),
        basis: t!(
            "住所用途、产权和布局不符合要求时,登记或许可会被驳回;食品许可案例就因此被拒。",
            "Registrations and licences are refused when the premises' use, title or layout fall short; the food-licence case was rejected for this."
        ),
        fix: t!(
            "承诺时间前先实地看场所;不合要求的整改或另找合规场地。",
            "Inspect the site before promising a date; bring it up to standard or find a compliant one."
        ),
        fix_working_days: 5,
    },
    RuleInfo {
        id: R::PitfallCheck,
        key: "pitfall_check",
        family: Fam::ServiceSpecific,
        catalog_rule: None,
        severity: Note,
        title: t!("需人工核实的已知风险", "Known pitfall to check by hand"),
        checks: t!(
            "服务目录中无法从字段判断的坑点(场所条件、章程是否符合现行规定、系统升级停办、漏报欠税等):未核实时为提示,核实存在问题时按坑点的严重程度报告。",
            "Catalog pitfalls the fields cannot show (premises conditions, articles under current rules, system outages, missed filings): a note until answered, and reported at the pitfall's own severity once confirmed."
        ),
        basis: t!(
            "这些风险来自以往案例和一般做法,详见服务目录。",
            "These risks come from past cases and general practice; see the service catalog."
        ),
        fix: t!(
            "逐项核实后标记结论;存在问题的按坑点给出的办法处理。",
            "Check each item and record the answer; where it applies, follow the pitfall's fix."
        ),
        fix_working_days: 0,
    },
];
