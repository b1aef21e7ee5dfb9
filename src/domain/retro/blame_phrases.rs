//! The phrases the blame guard recognises: data, in Chinese and English. An answer using one
//! (not negated) stops the five-whys chain at a person; see [`super::blame_flag`].

use serde::{Deserialize, Serialize};

/// Whom a phrase puts the blame on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlameTarget {
    /// A colleague (carelessness, forgetting, "human error").
    Person,
    /// The client.
    Client,
}

/// One recognised phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BlamePhrase {
    pub text: &'static str,
    pub target: BlameTarget,
}

const fn p(text: &'static str) -> BlamePhrase {
    BlamePhrase {
        text,
        target: BlameTarget::Person,
    }
}

const fn c(text: &'static str) -> BlamePhrase {
    BlamePhrase {
        text,
        target: BlameTarget::Client,
    }
}

/// Phrases that stop a chain at a person. Longer phrases come first so the flag quotes the
/// most specific one.
pub const BLAME_PHRASES: &[BlamePhrase] = &[
    // Chinese: the client.
    c("客户没给材料"),
    c("客户没有给材料"),
    c("客户没提供"),
    c("客户没有提供"),
    c("客户不配合"),
    c("客户拖延"),
    c("客户太慢"),
    c("客户的问题"),
    c("客户的错"),
    c("怪客户"),
    // Chinese: a colleague.
    p("经办人疏忽"),
    p("责任心不强"),
    p("没有责任心"),
    p("工作失误"),
    p("人为失误"),
    p("人为错误"),
    p("操作失误"),
    p("没有注意"),
    p("没注意"),
    p("不小心"),
    p("不认真"),
    p("不仔细"),
    p("没看清"),
    p("看漏了"),
    p("疏忽"),
    p("粗心"),
    p("马虎"),
    p("大意"),
    p("忘了"),
    p("忘记"),
    p("偷懒"),
    p("态度问题"),
    p("他的错"),
    p("她的错"),
    // English: the client.
    c("the client didn't send"),
    c("client didn't send"),
    c("client did not send"),
    c("client failed to send"),
    c("client didn't provide"),
    c("client did not provide"),
    c("client failed to provide"),
    c("client didn't cooperate"),
    c("uncooperative client"),
    c("client's fault"),
    c("blame the client"),
    // English: a colleague.
    p("should have been more careful"),
    p("didn't pay attention"),
    p("did not pay attention"),
    p("not paying attention"),
    p("not careful enough"),
    p("wasn't careful"),
    p("was not careful"),
    p("someone forgot"),
    p("he forgot"),
    p("she forgot"),
    p("they forgot"),
    p("forgot to"),
    p("human error"),
    p("operator error"),
    p("user error"),
    p("careless"),
    p("carelessness"),
    p("sloppy"),
    p("negligent"),
    p("negligence"),
    p("lazy"),
    p("his fault"),
    p("her fault"),
    p("their fault"),
];
