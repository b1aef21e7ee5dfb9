//! The precheck rule engine on a case with 200 materials: all clean, and with a company-name
//! mismatch, an expired date and a missing seal page on every one of them.
//!
//! Run with `cargo bench --bench precheck`.

use chrono::{NaiveDate, TimeZone, Utc};
use criterion::{black_box, criterion_group, criterion_main, Criterion};

use expedite_guard::domain::calendar::Calendar;
use expedite_guard::domain::case::{Case, Client, Status, Team, UrgencyKind};
use expedite_guard::domain::catalog::{Catalog, FieldKind, ServiceType};
use expedite_guard::domain::ids::credit_code_check_char;
use expedite_guard::domain::precheck::{
    feasibility, run, CustomMaterial, MaterialStatus, Precheck, FLAG_NO, FLAG_YES,
};
use expedite_guard::domain::record::{new_id, Meta};

const COMPANY: &str = "上海示例科技有限责任公司";
const MATERIALS: usize = 200;

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
}

fn fixture(dirty: bool) -> (Case, ServiceType, Precheck) {
    let now = Utc
        .timestamp_opt(1_772_000_000, 0)
        .single()
        .unwrap_or_default();
    let prefix = "91310115MA1K4ABC1";
    let code = format!("{prefix}{}", credit_code_check_char(prefix).unwrap_or('0'));
    let case = Case {
        meta: Meta::new(new_id(now, [1; 10]), now),
        client: Client {
            company_name: COMPANY.into(),
            credit_code: code,
            legal_rep: "王伟".into(),
            ..Client::default()
        },
        service_key: Some("high_tech_certification".into()),
        service_name: "高新技术企业认定".into(),
        urgency: UrgencyKind::BatchWindow,
        urgency_note: String::new(),
        hard_date: date("2026-06-30"),
        start_date: date("2026-03-02"),
        promised_working_days: 5,
        status: Status::Precheck,
        team: Team::default(),
        notes: String::new(),
        events: Vec::new(),
        chain_head: None,
    };
    let catalog = Catalog::builtin();
    let service = catalog
        .get("high_tech_certification")
        .cloned()
        .expect("built-in service");
    let mut pc = Precheck::start(&case, Some(&service), new_id(now, [2; 10]), now);
    let custom = CustomMaterial {
        title: "软件著作权登记证书".into(),
        fields: vec![
            FieldKind::CompanyName,
            FieldKind::CreditCode,
            FieldKind::Holder,
            FieldKind::IdNumber,
            FieldKind::IssueDate,
            FieldKind::ExpiryDate,
            FieldKind::PageCount,
        ],
        required: true,
        seal_page_required: true,
        holder_is_company: true,
        ..CustomMaterial::default()
    };
    while pc.materials.len() < MATERIALS {
        pc = pc
            .add_custom_material(&custom, "bench", now)
            .expect("add")
            .0;
    }
    let keys: Vec<String> = pc.materials.iter().map(|m| m.key.clone()).collect();
    for (n, key) in keys.iter().enumerate() {
        let fields = pc.material(key).expect("material").fields.clone();
        for f in fields {
            let value = match f {
                FieldKind::CompanyName | FieldKind::Holder if dirty => "上海示例科技有限公司",
                FieldKind::CompanyName | FieldKind::Holder => COMPANY,
                FieldKind::LegalRepresentative => "王伟",
                FieldKind::IdNumber => "110105198001011238",
                FieldKind::IssueDate => "2024-01-10",
                FieldKind::ExpiryDate if dirty && n % 2 == 0 => "2025-12-31",
                FieldKind::ExpiryDate => "2030-12-31",
                FieldKind::PeriodStart => "2023-01-01",
                FieldKind::PeriodEnd => "2028-12-31",
                FieldKind::PageCount => "12",
                FieldKind::SealPagePresent if dirty => FLAG_NO,
                FieldKind::SealPagePresent | FieldKind::SignaturePresent => FLAG_YES,
                FieldKind::Amount => "100000",
                FieldKind::BusinessScope => "软件开发;信息技术咨询服务",
                FieldKind::CreditCode | FieldKind::Remarks => continue,
            };
            pc = pc.set_field(key, 0, f, value, "bench", now).expect("set");
        }
        pc = pc
            .set_status(key, MaterialStatus::Have, "bench", now)
            .expect("status");
    }
    (case, service, pc)
}

fn bench(c: &mut Criterion) {
    let cal = Calendar::builtin();
    let today = date("2026-03-02");
    for (name, dirty) in [("clean", false), ("dirty", true)] {
        let (case, service, pc) = fixture(dirty);
        c.bench_function(&format!("run_200_materials_{name}"), |b| {
            b.iter(|| run(black_box(&pc), &case, Some(&service), &cal, today))
        });
        let findings = run(&pc, &case, Some(&service), &cal, today);
        c.bench_function(&format!("feasibility_200_materials_{name}"), |b| {
            b.iter(|| feasibility(black_box(&findings), &case, &cal, today))
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
