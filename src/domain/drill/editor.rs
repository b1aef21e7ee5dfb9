//! Scenario editor operations for trainers, as pure functions that return a new scenario.
//!
//! Edits keep the scenario well-formed where that is cheap (ids are valid and unique, the
//! default choice follows its choice when choices move, a renamed step's references follow
//! it) and otherwise leave judging to [`super::graph_check::check`], so a half-built draft can
//! still be saved. Built-in scenarios are read-only: [`Scenario::customised_copy`] first.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::details::Details;
use super::error::{check_key, short, KeyProblem};
use super::graph_check::{MAX_CHOICES, MAX_FACTS, MAX_INJECTS, MAX_STEPS};
use super::scenario::{Choice, Fact, Inject, Scenario, Step, StepId};

/// What an edit refuses.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum EditError {
    #[error("built-in scenarios cannot be changed; make a copy first")]
    BuiltinReadOnly,
    #[error("key `{}` {problem}", short(.key))]
    InvalidKey { key: String, problem: KeyProblem },
    #[error("step `{}` does not exist", short(.step))]
    UnknownStep { step: StepId },
    #[error("step id `{}` is already used", short(.step))]
    DuplicateStepId { step: StepId },
    #[error("step `{}` is an ending; endings have no choices", short(.step))]
    EndingHasNoChoices { step: StepId },
    #[error("step `{}` has no choice no. {}", short(.step), .index + 1)]
    NoSuchChoice { step: StepId, index: usize },
    #[error("inject no. {} does not exist", .index + 1)]
    NoSuchInject { index: usize },
    #[error("fact no. {} does not exist", .index + 1)]
    NoSuchFact { index: usize },
    #[error("fact key `{}` is already used", short(.key))]
    DuplicateFact { key: String },
    #[error("at most {max} are allowed here")]
    TooMany { max: usize },
}

/// One editor action, so a reducer can hold it as data and apply it with [`Scenario::apply`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "op")]
pub enum Edit {
    /// Replaces the scenario-level fields (title, difficulty, initial state, pass mark, …).
    UpdateDetails {
        details: Box<Details>,
    },
    AddStep {
        step: Step,
    },
    /// Replaces step `id`; a different `step.id` renames it and its references.
    UpdateStep {
        id: StepId,
        step: Step,
    },
    RemoveStep {
        id: StepId,
    },
    SetStart {
        id: StepId,
    },
    AddChoice {
        step: StepId,
        choice: Choice,
    },
    UpdateChoice {
        step: StepId,
        index: usize,
        choice: Choice,
    },
    RemoveChoice {
        step: StepId,
        index: usize,
    },
    MoveChoice {
        step: StepId,
        from: usize,
        to: usize,
    },
    AddInject {
        inject: Inject,
    },
    UpdateInject {
        index: usize,
        inject: Inject,
    },
    RemoveInject {
        index: usize,
    },
    AddFact {
        fact: Fact,
    },
    UpdateFact {
        index: usize,
        fact: Fact,
    },
    RemoveFact {
        index: usize,
    },
}

impl Scenario {
    /// An editable copy under a new key (how a trainer changes a built-in scenario).
    pub fn customised_copy(&self, new_key: &str) -> Result<Scenario, EditError> {
        key_ok(new_key)?;
        Ok(Scenario {
            key: new_key.to_owned(),
            builtin: false,
            ..self.clone()
        })
    }

    /// Applies one editor action.
    pub fn apply(&self, edit: &Edit) -> Result<Scenario, EditError> {
        if self.builtin {
            return Err(EditError::BuiltinReadOnly);
        }
        let mut s = self.clone();
        match edit {
            Edit::UpdateDetails { details } => s.set_details(details),
            Edit::AddStep { step } => {
                key_ok(&step.id)?;
                if s.step(&step.id).is_some() {
                    return Err(EditError::DuplicateStepId {
                        step: step.id.clone(),
                    });
                }
                limit(s.steps.len(), MAX_STEPS)?;
                s.steps.push(step.clone());
            }
            Edit::UpdateStep { id, step } => {
                let i = s.step_index(id).ok_or_else(|| unknown(id))?;
                if step.id != *id {
                    key_ok(&step.id)?;
                    if s.step(&step.id).is_some() {
                        return Err(EditError::DuplicateStepId {
                            step: step.id.clone(),
                        });
                    }
                    s.rename_references(id, &step.id);
                }
                s.steps[i] = step.clone();
            }
            Edit::RemoveStep { id } => {
                let i = s.step_index(id).ok_or_else(|| unknown(id))?;
                // References to it stay and show up in the check, so nothing vanishes silently.
                s.steps.remove(i);
            }
            Edit::SetStart { id } => {
                s.step_index(id).ok_or_else(|| unknown(id))?;
                s.start = id.clone();
            }
            Edit::AddChoice { step, choice } => {
                let st = s.decision_step_mut(step)?;
                limit(st.choices.len(), MAX_CHOICES)?;
                st.choices.push(choice.clone());
            }
            Edit::UpdateChoice {
                step,
                index,
                choice,
            } => {
                let st = s.decision_step_mut(step)?;
                let slot = st
                    .choices
                    .get_mut(*index)
                    .ok_or_else(|| no_choice(step, *index))?;
                *slot = choice.clone();
            }
            Edit::RemoveChoice { step, index } => {
                let st = s.decision_step_mut(step)?;
                if *index >= st.choices.len() {
                    return Err(no_choice(step, *index));
                }
                st.choices.remove(*index);
                if st.default_choice > *index {
                    st.default_choice -= 1;
                } else if st.default_choice == *index {
                    st.default_choice = 0;
                }
            }
            Edit::MoveChoice { step, from, to } => {
                let st = s.decision_step_mut(step)?;
                let n = st.choices.len();
                if *from >= n || *to >= n {
                    return Err(no_choice(step, (*from).max(*to)));
                }
                let c = st.choices.remove(*from);
                st.choices.insert(*to, c);
                st.default_choice = moved_index(st.default_choice, *from, *to);
            }
            Edit::AddInject { inject } => {
                limit(s.injects.len(), MAX_INJECTS)?;
                s.injects.push(inject.clone());
            }
            Edit::UpdateInject { index, inject } => {
                let slot = s
                    .injects
                    .get_mut(*index)
                    .ok_or(EditError::NoSuchInject { index: *index })?;
                *slot = inject.clone();
            }
            Edit::RemoveInject { index } => {
                if *index >= s.injects.len() {
                    return Err(EditError::NoSuchInject { index: *index });
                }
                s.injects.remove(*index);
            }
            Edit::AddFact { fact } => {
                key_ok(&fact.key)?;
                if s.fact(&fact.key).is_some() {
                    return Err(EditError::DuplicateFact {
                        key: fact.key.clone(),
                    });
                }
                limit(s.facts.len(), MAX_FACTS)?;
                s.facts.push(fact.clone());
            }
            Edit::UpdateFact { index, fact } => {
                key_ok(&fact.key)?;
                let clash = s
                    .facts
                    .iter()
                    .enumerate()
                    .any(|(i, f)| i != *index && f.key == fact.key);
                if clash {
                    return Err(EditError::DuplicateFact {
                        key: fact.key.clone(),
                    });
                }
                let slot = s
                    .facts
                    .get_mut(*index)
                    .ok_or(EditError::NoSuchFact { index: *index })?;
                *slot = fact.clone();
            }
            Edit::RemoveFact { index } => {
                if *index >= s.facts.len() {
                    return Err(EditError::NoSuchFact { index: *index });
                }
                s.facts.remove(*index);
            }
        }
        Ok(s)
    }

    fn decision_step_mut(&mut self, id: &str) -> Result<&mut Step, EditError> {
        let step = self
            .steps
            .iter_mut()
            .find(|s| s.id == id)
            .ok_or_else(|| unknown(id))?;
        if step.is_terminal() {
            return Err(EditError::EndingHasNoChoices {
                step: id.to_owned(),
            });
        }
        Ok(step)
    }

    fn rename_references(&mut self, old: &str, new: &str) {
        if self.start == old {
            self.start = new.to_owned();
        }
        for choice in self.steps.iter_mut().flat_map(|s| s.choices.iter_mut()) {
            if choice.next == old {
                choice.next = new.to_owned();
            }
        }
        for inject in &mut self.injects {
            if inject.goto.as_deref() == Some(old) {
                inject.goto = Some(new.to_owned());
            }
        }
    }
}

/// Where the item at `i` ends up when the item at `from` moves to `to`.
fn moved_index(i: usize, from: usize, to: usize) -> usize {
    if i == from {
        to
    } else if from < i && i <= to {
        i - 1
    } else if to <= i && i < from {
        i + 1
    } else {
        i
    }
}

fn key_ok(key: &str) -> Result<(), EditError> {
    check_key(key).map_err(|problem| EditError::InvalidKey {
        key: key.to_owned(),
        problem,
    })
}

fn limit(len: usize, max: usize) -> Result<(), EditError> {
    if len >= max {
        Err(EditError::TooMany { max })
    } else {
        Ok(())
    }
}

fn unknown(id: &str) -> EditError {
    EditError::UnknownStep {
        step: id.to_owned(),
    }
}

fn no_choice(step: &str, index: usize) -> EditError {
    EditError::NoSuchChoice {
        step: step.to_owned(),
        index,
    }
}
