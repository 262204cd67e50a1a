//! Rule summaries and documentation in Danish, translated from the rules' doc comments.

use crate::messages::rule_docs;

rule_docs! {
    /// ## Hvad den gør
    /// Finder roller i en plan, der ikke har nogen `owner` (modeller er undtaget: de
    /// nævner ingen personer).
    ///
    /// ## Hvorfor det er vigtigt
    /// Implementeringsforskningen er klar: en rolle, ingen har, er en rolle, ingen
    /// udfylder. Superbrugeren, ankerpersonen og implementeringsgruppen virker kun,
    /// når en navngiven person har rollen — og tid til den (*Superbrugerrollen i en
    /// implementeringsproces*, workshop, 2015).
    ///
    /// ## Eksempel
    /// ```yaml
    /// roles:
    ///   superbruger:
    ///     name: Superbruger
    /// ```
    ///
    /// ## Gør i stedet
    /// ```yaml
    /// roles:
    ///   superbruger:
    ///     name: Superbruger
    ///     owner: [Anna Jensen, Bo Hansen]
    ///     hours: 4 timer om ugen
    /// ```
    "role-without-owner" => "En rolle uden en navngiven indehaver";
}
