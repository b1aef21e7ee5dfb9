//! Three-level sign-off (三级审核): 初审 by the clerk, 复核 by the supervisor, 终审 by legal, in
//! that order. A blocker finding stops a signature unless the signer records why it is let
//! through. Any signature locks the materials in the sense that a later change reopens review:
//! every signature given so far goes stale (it stays in the record and the trail) and the
//! levels that had signed must sign again, in order.

use crate::domain::sorting;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::audit::AuditWhat;
use super::error::PrecheckError;
use super::findings::Finding;
use super::materials::trim;
use super::rules::RuleId;
use super::Precheck;
use crate::domain::catalog::Severity;
use crate::domain::lang::Lang;

/// Longest signer name.
pub const MAX_NAME_CHARS: usize = 100;
/// Longest comment or override reason.
pub const MAX_COMMENT_CHARS: usize = 2000;

/// The three review levels, in signing order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SignLevel {
    /// 初审: the clerk who collected the materials.
    First,
    /// 复核: the supervisor.
    Second,
    /// 终审: legal.
    Final,
}

impl SignLevel {
    pub const ALL: [SignLevel; 3] = [SignLevel::First, SignLevel::Second, SignLevel::Final];

    pub fn key(self) -> &'static str {
        match self {
            SignLevel::First => "first",
            SignLevel::Second => "second",
            SignLevel::Final => "final",
        }
    }

    pub fn from_key(key: &str) -> Option<SignLevel> {
        Self::ALL.into_iter().find(|l| l.key() == key)
    }

    /// Who signs at this level: "业务员" / "clerk".
    pub fn role(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (SignLevel::First, Lang::Zh) => "业务员",
            (SignLevel::First, Lang::En) => "clerk",
            (SignLevel::Second, Lang::Zh) => "主管",
            (SignLevel::Second, Lang::En) => "supervisor",
            (SignLevel::Final, Lang::Zh) => "法务",
            (SignLevel::Final, Lang::En) => "legal",
        }
    }
}

/// One signature.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signoff {
    pub level: SignLevel,
    pub name: String,
    pub at: DateTime<Utc>,
    #[serde(default)]
    pub comment: String,
    /// Set when the signer let blockers through; never empty when set.
    #[serde(default)]
    pub override_reason: Option<String>,
    /// The blocker rules open at signing time (what the override covered).
    #[serde(default)]
    pub overridden: Vec<RuleId>,
    /// When a later change made this signature stale; `None` while it stands.
    #[serde(default)]
    pub invalidated_at: Option<DateTime<Utc>>,
}

impl Signoff {
    pub fn is_current(&self) -> bool {
        self.invalidated_at.is_none()
    }
}

/// What a signer submits.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SignRequest {
    pub level: Option<SignLevel>,
    pub name: String,
    pub comment: String,
    /// Required (non-empty) when the findings include a blocker.
    pub override_reason: String,
}

impl Precheck {
    /// Signatures that stand, in signing order.
    pub fn current_signoffs(&self) -> impl Iterator<Item = &Signoff> {
        self.signoffs.iter().filter(|s| s.is_current())
    }

    /// Stale signatures (given before a later change), oldest first.
    pub fn stale_signoffs(&self) -> impl Iterator<Item = &Signoff> {
        self.signoffs.iter().filter(|s| !s.is_current())
    }

    /// The standing signature of a level.
    pub fn signoff(&self, level: SignLevel) -> Option<&Signoff> {
        self.current_signoffs().find(|s| s.level == level)
    }

    /// The level that may sign now; `None` once all three have signed.
    pub fn next_level(&self) -> Option<SignLevel> {
        SignLevel::ALL
            .into_iter()
            .find(|l| self.signoff(*l).is_none())
    }

    /// All three levels have signed and nothing changed since.
    pub fn is_signed_off(&self) -> bool {
        self.next_level().is_none()
    }

    /// Whether any signature stands: a change now reopens review.
    pub fn is_locked(&self) -> bool {
        self.current_signoffs().next().is_some()
    }

    /// Levels that signed before the last change and have not signed again: who must sign
    /// again, in order.
    pub fn must_sign_again(&self) -> Vec<SignLevel> {
        SignLevel::ALL
            .into_iter()
            .filter(|l| self.signoff(*l).is_none() && self.stale_signoffs().any(|s| s.level == *l))
            .collect()
    }

    /// Signs at `req.level` (or the next level when `None`), given the current `findings`
    /// (pass the output of [`super::run`] for this precheck).
    pub fn sign(
        &self,
        req: &SignRequest,
        findings: &[Finding],
        now: DateTime<Utc>,
    ) -> Result<Precheck, PrecheckError> {
        self.ensure_active()?;
        let name = trim(&req.name);
        if name.is_empty() {
            return Err(PrecheckError::EmptySignerName);
        }
        if name.chars().count() > MAX_NAME_CHARS {
            return Err(PrecheckError::TooLong {
                what: "name",
                max: MAX_NAME_CHARS,
            });
        }
        let comment = trim(&req.comment);
        let reason = trim(&req.override_reason);
        if comment.chars().count() > MAX_COMMENT_CHARS || reason.chars().count() > MAX_COMMENT_CHARS
        {
            return Err(PrecheckError::TooLong {
                what: "comment",
                max: MAX_COMMENT_CHARS,
            });
        }
        let Some(expected) = self.next_level() else {
            return Err(PrecheckError::AlreadySigned {
                level: req.level.unwrap_or(SignLevel::Final),
            });
        };
        let level = req.level.unwrap_or(expected);
        if self.signoff(level).is_some() {
            return Err(PrecheckError::AlreadySigned { level });
        }
        if level != expected {
            return Err(PrecheckError::WrongOrder {
                expected,
                got: level,
            });
        }
        // Three levels are three pairs of eyes: one person cannot sign two of them.
        if let Some(other) = self.current_signoffs().find(|s| s.name == name) {
            return Err(PrecheckError::SameSigner {
                name: name.to_owned(),
                level: other.level,
            });
        }
        let mut blockers: Vec<RuleId> = findings
            .iter()
            .filter(|f| f.severity == Severity::Blocker)
            .map(|f| f.rule)
            .collect();
        sorting::sort(&mut blockers);
        blockers.dedup();
        let blocker_count = findings
            .iter()
            .filter(|f| f.severity == Severity::Blocker)
            .count();
        if blocker_count > 0 && reason.is_empty() {
            return Err(PrecheckError::OverrideRequired {
                blockers: blocker_count,
            });
        }
        let override_reason = (blocker_count > 0).then(|| reason.to_owned());
        let mut next = self.clone();
        next.signoffs.push(Signoff {
            level,
            name: name.to_owned(),
            at: now,
            comment: comment.to_owned(),
            override_reason: override_reason.clone(),
            overridden: blockers,
            invalidated_at: None,
        });
        next.push_audit(
            now,
            name,
            AuditWhat::Signed {
                level,
                name: name.to_owned(),
                override_reason,
            },
        );
        next.meta.touch(now);
        Ok(next)
    }

    /// Makes every standing signature stale after a change; returns the levels affected.
    pub(super) fn reopen(&mut self, who: &str, now: DateTime<Utc>) {
        let mut levels = Vec::new();
        for s in self.signoffs.iter_mut().filter(|s| s.is_current()) {
            s.invalidated_at = Some(now);
            levels.push(s.level);
        }
        if levels.is_empty() {
            return;
        }
        sorting::sort(&mut levels);
        self.push_audit(now, who, AuditWhat::ReviewReopened { levels });
    }

    pub(super) fn ensure_active(&self) -> Result<(), PrecheckError> {
        if self.meta.deleted {
            Err(PrecheckError::Archived)
        } else {
            Ok(())
        }
    }
}
