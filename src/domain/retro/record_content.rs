//! Changes to a retrospective's content: the reflections, the five-whys chain, the factors.

use chrono::{DateTime, Utc};

use super::category::Factor;
use super::chain::Why;
use super::error::{RetroError, RetroField};
use super::record::{Retro, MAX_ENTRY, MAX_ITEMS, MAX_WHYS};

impl Retro {
    /// Sets what went well, what went wrong and where we were lucky. Blank lines are dropped.
    pub fn with_reflections(
        &self,
        went_well: &[String],
        went_wrong: &[String],
        lucky: &[String],
        now: DateTime<Utc>,
    ) -> Result<Retro, RetroError> {
        let (well, wrong, luck) = (entries(went_well)?, entries(went_wrong)?, entries(lucky)?);
        self.change(now, |r| {
            r.went_well = well;
            r.went_wrong = wrong;
            r.lucky = luck;
            Ok(())
        })
    }

    /// Saves the five-whys chain as (question, answer) pairs; flags are computed here. A chain
    /// being typed may be incomplete: [`Retro::check`] says what is missing.
    pub fn with_whys(
        &self,
        chain: &[(String, String)],
        now: DateTime<Utc>,
    ) -> Result<Retro, RetroError> {
        if chain.len() > MAX_WHYS {
            return Err(RetroError::TooMany {
                field: RetroField::Answer,
                max: MAX_WHYS,
            });
        }
        let mut whys = Vec::with_capacity(chain.len());
        for (q, a) in chain {
            let q = bounded(q, RetroField::Question, MAX_ENTRY)?;
            let a = bounded(a, RetroField::Answer, MAX_ENTRY)?;
            whys.push(Why::new(q, a));
        }
        self.change(now, |r| {
            r.whys = whys;
            Ok(())
        })
    }

    /// Sets the contributing factors; each needs a text.
    pub fn with_factors(
        &self,
        factors: &[Factor],
        now: DateTime<Utc>,
    ) -> Result<Retro, RetroError> {
        if factors.len() > MAX_ITEMS {
            return Err(RetroError::TooMany {
                field: RetroField::Factor,
                max: MAX_ITEMS,
            });
        }
        let mut clean = Vec::with_capacity(factors.len());
        for f in factors {
            let text = bounded(&f.text, RetroField::Factor, MAX_ENTRY)?;
            if text.is_empty() {
                return Err(RetroError::Required(RetroField::Factor));
            }
            clean.push(Factor {
                text,
                category: f.category,
            });
        }
        self.change(now, |r| {
            r.factors = clean;
            Ok(())
        })
    }
}

fn entries(lines: &[String]) -> Result<Vec<String>, RetroError> {
    let out: Vec<String> = lines
        .iter()
        .map(|l| bounded(l, RetroField::Reflection, MAX_ENTRY))
        .collect::<Result<Vec<_>, _>>()?
        .into_iter()
        .filter(|l| !l.is_empty())
        .collect();
    if out.len() > MAX_ITEMS {
        return Err(RetroError::TooMany {
            field: RetroField::Reflection,
            max: MAX_ITEMS,
        });
    }
    Ok(out)
}

pub(super) fn bounded(text: &str, field: RetroField, max: usize) -> Result<String, RetroError> {
    let text = text.trim();
    if text.chars().count() > max {
        return Err(RetroError::TooLong { field, max });
    }
    Ok(text.to_owned())
}
