//! The device profile: who uses this tablet, so the "who" of sign-offs, audit entries,
//! pre-mortem authors, notification logs and drill trainees is filled in, not typed each time.

use serde::{Deserialize, Serialize};

/// The person's role in the team (the roles the product's workflows name).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TeamRole {
    /// 业务员: prepares materials, signs the first check.
    Clerk,
    /// 主管: signs the second check, watches every running clock.
    Supervisor,
    /// 法务: signs the final check, owns responsibility clauses.
    Legal,
    /// PM: owns the case and the client.
    Pm,
    /// 执行: does the filing and the visits.
    Executor,
    /// 后勤: couriers, seals, originals.
    Logistics,
}

impl TeamRole {
    pub const ALL: [TeamRole; 6] = [
        TeamRole::Clerk,
        TeamRole::Supervisor,
        TeamRole::Legal,
        TeamRole::Pm,
        TeamRole::Executor,
        TeamRole::Logistics,
    ];

    pub fn key(self) -> &'static str {
        match self {
            TeamRole::Clerk => "clerk",
            TeamRole::Supervisor => "supervisor",
            TeamRole::Legal => "legal",
            TeamRole::Pm => "pm",
            TeamRole::Executor => "executor",
            TeamRole::Logistics => "logistics",
        }
    }

    pub fn from_key(key: &str) -> Option<TeamRole> {
        TeamRole::ALL.into_iter().find(|r| r.key() == key)
    }
}

/// Who uses this device. Kept on the device only; never synced.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    pub name: String,
    #[serde(default)]
    pub role: Option<TeamRole>,
}

impl Profile {
    /// The name to put in a "who" field that is still empty.
    pub fn fill(&self, typed: &str) -> String {
        if typed.trim().is_empty() {
            self.name.trim().to_owned()
        } else {
            typed.to_owned()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_profile_fills_only_empty_names_and_roles_round_trip() {
        let p = Profile {
            name: " 刘洋 ".into(),
            role: Some(TeamRole::Supervisor),
        };
        assert_eq!(p.fill(""), "刘洋");
        assert_eq!(p.fill("  "), "刘洋");
        assert_eq!(p.fill("陈静"), "陈静");
        for role in TeamRole::ALL {
            assert_eq!(TeamRole::from_key(role.key()), Some(role));
        }
        let json = serde_json::to_string(&p).expect("json");
        assert_eq!(serde_json::from_str::<Profile>(&json).expect("back"), p);
        assert_eq!(Profile::default().fill(""), "");
    }
}
