use super::*;

fn terms() -> CompensationTerms {
    CompensationTerms {
        expedite_fee_cents: Some(300_000),
        direct_loss_cap_cents: Some(500_000),
    }
}

fn input(party: Party, items: Vec<CompensationItem>) -> CompensationInput {
    CompensationInput {
        party,
        items,
        decision: Decision::Approved,
        approved_by: "王总".into(),
        note: String::new(),
    }
}

fn it(option: CompensationOption, amount_cents: u64) -> CompensationItem {
    CompensationItem {
        option,
        amount_cents,
        description: String::new(),
    }
}

#[test]
fn responsibility_follows_the_contract_boundaries() {
    assert_eq!(responsibility(FailureKind::AgencyError), Party::Agency);
    assert_eq!(responsibility(FailureKind::ClientDelay), Party::Client);
    assert_eq!(responsibility(FailureKind::MaterialDefect), Party::Client);
    assert_eq!(responsibility(FailureKind::SystemOutage), Party::ThirdParty);
    assert_eq!(responsibility(FailureKind::PolicyChange), Party::ThirdParty);
    assert_eq!(
        responsibility(FailureKind::BankThirdParty),
        Party::ThirdParty
    );
    assert_eq!(
        responsibility(FailureKind::DepartmentRejection),
        Party::Shared
    );
}

#[test]
fn our_own_error_needs_at_least_a_free_redo_and_the_fee_waived() {
    use CompensationOption::*;
    let now = found();
    assert_eq!(
        input(Party::Agency, vec![it(FreeRedo, 0)]).validate(&terms(), now),
        Err(ResponseError::MissingRequired(WaiveExpediteFee))
    );
    assert_eq!(
        input(Party::Agency, vec![]).validate(&terms(), now),
        Err(ResponseError::MissingRequired(FreeRedo))
    );
    let mut declined = input(
        Party::Agency,
        vec![it(FreeRedo, 0), it(WaiveExpediteFee, 0)],
    );
    declined.decision = Decision::Declined;
    assert!(matches!(
        declined.validate(&terms(), now),
        Err(ResponseError::MissingRequired(_))
    ));
    // The social-insurance case: fine paid, fee waived, redo, three months of checks.
    let mut follow_up = it(FreeFollowUp, 90_000);
    follow_up.description = "三个月社保合规检查".into();
    let ok = input(
        Party::Agency,
        vec![
            follow_up,
            it(CoverDirectLoss, 200_000),
            it(WaiveExpediteFee, 300_000),
            it(FreeRedo, 0),
        ],
    )
    .validate(&terms(), now)
    .expect("valid");
    assert_eq!(ok.total_cents(), 590_000);
    assert!(!ok.is_goodwill());
    assert_eq!(ok.items[0].option, WaiveExpediteFee, "sorted by option");
    assert!(ok.summary(Lang::Zh).contains("三个月社保合规检查"));
    assert!(ok.summary(Lang::Zh).contains("合计 5,900 元"));
}

#[test]
fn amounts_are_capped_by_the_contract() {
    use CompensationOption::*;
    let now = found();
    let base = || vec![it(FreeRedo, 0), it(WaiveExpediteFee, 300_000)];
    let mut over = base();
    over.push(it(CoverDirectLoss, 500_001));
    // A direct loss above the cap is recorded and flagged for management, not refused.
    let flagged = input(Party::Agency, over)
        .validate(&terms(), now)
        .expect("recordable");
    assert_eq!(flagged.over_cap_cents, Some(500_000));
    assert!(flagged
        .cap_flag(Lang::Zh)
        .expect("flagged")
        .contains("超出合同上限（5,000 元）"));
    // The article's social-insurance fine, 2,000 yuan against a 1,500-yuan cap, approved.
    let small_cap = CompensationTerms {
        expedite_fee_cents: Some(300_000),
        direct_loss_cap_cents: Some(150_000),
    };
    let mut fine = input(
        Party::Agency,
        vec![
            it(FreeRedo, 0),
            it(WaiveExpediteFee, 0),
            it(CoverDirectLoss, 200_000),
        ],
    );
    fine.decision = Decision::Approved;
    fine.approved_by = "总经理 孙伟".into();
    let approved = fine.validate(&small_cap, now).expect("approved");
    assert_eq!(approved.over_cap_cents, Some(150_000));
    assert_eq!(
        approved.cap_flag(Lang::Zh).as_deref(),
        Some("超出合同上限（1,500 元），已由管理层批准：总经理 孙伟")
    );
    // Within the cap there is no flag; a fee waiver can never exceed the fee.
    let within = input(
        Party::Agency,
        vec![
            it(FreeRedo, 0),
            it(WaiveExpediteFee, 0),
            it(CoverDirectLoss, 150_000),
        ],
    )
    .validate(&small_cap, now)
    .expect("ok");
    assert_eq!(within.cap_flag(Lang::Zh), None);
    let fee_over = vec![it(FreeRedo, 0), it(WaiveExpediteFee, 300_001)];
    assert!(matches!(
        input(Party::Agency, fee_over).validate(&terms(), now),
        Err(ResponseError::OverCap { .. })
    ));
    let mut zero = base();
    zero.push(it(CoverDirectLoss, 0));
    assert_eq!(
        input(Party::Agency, zero).validate(&terms(), now),
        Err(ResponseError::ZeroAmount(CoverDirectLoss))
    );
    // Without known terms nothing is capped.
    let mut big = base();
    big.push(it(CoverDirectLoss, 900_000));
    assert!(input(Party::Agency, big)
        .validate(&CompensationTerms::default(), now)
        .is_ok());
    let err = ResponseError::OverCap {
        option: CoverDirectLoss,
        amount: 500_001,
        cap: 500_000,
    };
    assert!(err.message(Lang::Zh).contains("5,000 元"));
    assert!(err.message(Lang::En).contains("5,000.01 yuan"));
}

#[test]
fn a_client_caused_failure_owes_nothing_but_allows_goodwill() {
    use CompensationOption::*;
    let now = found();
    let nothing = input(Party::Client, vec![])
        .validate(&terms(), now)
        .expect("valid");
    assert!(!nothing.is_goodwill());
    assert_eq!(nothing.summary(Lang::En), "No compensation");
    // The articles-of-association case: fee waived and the articles fixed free, as goodwill.
    let goodwill = input(
        Party::Client,
        vec![it(WaiveExpediteFee, 300_000), it(FreeRedo, 0)],
    )
    .validate(&terms(), now)
    .expect("valid");
    assert!(goodwill.is_goodwill());
}

#[test]
fn decisions_need_an_approver_and_clean_items() {
    use CompensationOption::*;
    let now = found();
    let mut no_approver = input(Party::Client, vec![]);
    no_approver.approved_by = "  ".into();
    assert_eq!(
        no_approver.validate(&terms(), now),
        Err(ResponseError::Required(ResponseField::ApprovedBy))
    );
    no_approver.decision = Decision::Proposed;
    assert!(no_approver.validate(&terms(), now).is_ok());
    assert_eq!(
        input(Party::Shared, vec![it(FreeRedo, 0), it(FreeRedo, 0)]).validate(&terms(), now),
        Err(ResponseError::DuplicateOption(FreeRedo))
    );
    assert_eq!(
        input(Party::Shared, vec![it(FreeFollowUp, 0)]).validate(&terms(), now),
        Err(ResponseError::Required(ResponseField::FollowUpDescription))
    );
    assert_eq!(
        input(Party::Shared, vec![it(FreeRedo, MAX_AMOUNT_CENTS + 1)]).validate(&terms(), now),
        Err(ResponseError::AmountTooLarge)
    );
}

#[test]
fn suggestions_start_from_the_default_responsibility() {
    let case = tax_case();
    let mut input = stamp_duty_input();
    input.kind = FailureKind::AgencyError;
    input.amount = "2000".into();
    let now = found();
    let ours = Failure::raise(&input, &case, new_id(now, [5; 10]), now).expect("valid");
    let small_cap = CompensationTerms {
        expedite_fee_cents: Some(300_000),
        direct_loss_cap_cents: Some(150_000),
    };
    let s = suggest_compensation(&ours, &small_cap);
    assert_eq!(s.party, Party::Agency);
    let options: Vec<CompensationOption> = s.items.iter().map(|i| i.option).collect();
    assert_eq!(
        options,
        [
            CompensationOption::FreeRedo,
            CompensationOption::WaiveExpediteFee,
            CompensationOption::CoverDirectLoss
        ]
    );
    assert_eq!(s.items[2].amount_cents, 150_000, "capped");
    let mut approved = s.clone();
    approved.approved_by = "王总".into();
    approved.decision = Decision::Approved;
    assert!(approved.validate(&small_cap, now).is_ok());

    let outage_input = FailureInput {
        kind: FailureKind::SystemOutage,
        ..stamp_duty_input()
    };
    let outage = Failure::raise(&outage_input, &case, new_id(now, [6; 10]), now).expect("valid");
    let s = suggest_compensation(&outage, &small_cap);
    assert_eq!(s.party, Party::ThirdParty);
    assert!(s.items.is_empty());
}
