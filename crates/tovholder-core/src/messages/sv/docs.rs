//! Rule summaries and documentation in Swedish, translated from the rules' doc comments.

use crate::messages::rule_docs;

rule_docs! {
    /// ## Vad den gör
    /// Hittar roller i en plan som inte har någon `owner` (modeller är undantagna: de
    /// namnger inga personer).
    ///
    /// ## Varför det spelar roll
    /// Implementeringsforskningen är tydlig: en roll som ingen har är en roll som
    /// ingen fyller. Superanvändaren, ankarpersonen och implementeringsgruppen
    /// fungerar bara när en namngiven person har rollen — och tid avsatt för den
    /// (*Superbrugerrollen i en implementeringsproces*, workshop, 2015).
    ///
    /// ## Exempel
    /// ```yaml
    /// roles:
    ///   superanvandare:
    ///     name: Superanvändare
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```yaml
    /// roles:
    ///   superanvandare:
    ///     name: Superanvändare
    ///     owner: [Anna Andersson, Erik Lind]
    ///     hours: 4 tim per vecka
    /// ```
    "role-without-owner" => "En roll utan namngiven innehavare";
}
