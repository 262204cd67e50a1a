//! Rule summaries and documentation in Danish, translated from the rules' doc comments.

use crate::messages::rule_docs;

rule_docs! {
    /// ## Hvad den gør
    /// Finder YAML, der ikke kan læses: en parentes, der ikke lukkes, et tabulatortegn
    /// brugt til indrykning, forkert indrykning, mere end 24 niveauer inden i hinanden
    /// eller aliasser, der folder sig ud over budgettet ("billion laughs").
    ///
    /// ## Hvorfor det er vigtigt
    /// Intet andet kan tjekkes, før filen kan læses.
    ///
    /// ## Eksempel
    /// ```yaml
    /// phases: [beslutning, klar
    /// ```
    ///
    /// ## Gør i stedet
    /// ```yaml
    /// phases: [beslutning, klar]
    /// ```
    "yaml-syntax" => "Filen er ikke gyldig YAML";

    /// ## Hvad den gør
    /// Finder filer, der ikke er UTF-8: UTF-16 (ofte fra Windows-programmer), Latin-1
    /// eller binære data. Et UTF-8-byte-order-mark accepteres.
    ///
    /// ## Hvorfor det er vigtigt
    /// Danske og svenske bogstaver (æ, ø, å, ä, ö) overlever kun som UTF-8.
    ///
    /// ## Eksempel
    /// En plan gemt som "Unicode" fra Notesblok (UTF-16).
    ///
    /// ## Gør i stedet
    /// Gem filen som UTF-8.
    "file-encoding" => "Filen er ikke UTF-8-tekst";

    /// ## Hvad den gør
    /// Afviser filer over 16 MiB uden at læse dem.
    ///
    /// ## Hvorfor det er vigtigt
    /// Ingen rigtig plan er så stor; grænsen forhindrer, at en forkert sti (en log, et
    /// dump) bruger al hukommelsen.
    ///
    /// ## Eksempel
    /// `tovholder check stor-eksport.yaml` på en fil på 60 MB.
    ///
    /// ## Gør i stedet
    /// Del planen op i en model og planer, der bruger den.
    "file-too-large" => "Filen er større end grænsen på 16 MiB";

    /// ## Hvad den gør
    /// Finder en fil uden indhold (eller kun med kommentarer).
    ///
    /// ## Hvorfor det er vigtigt
    /// En tom plan er som regel en fil, der er gemt for tidligt, eller en forkert sti.
    ///
    /// ## Eksempel
    /// En tom `plan.yaml`.
    ///
    /// ## Gør i stedet
    /// Start fra `tovholder init --model models/ics.yaml`.
    "empty-file" => "Filen er tom";

    /// ## Hvad den gør
    /// Finder en `---`-adskiller efterfulgt af et dokument mere.
    ///
    /// ## Hvorfor det er vigtigt
    /// En plan er ét dokument; et dokument mere ville andre værktøjer ignorere uden at
    /// sige det.
    ///
    /// ## Eksempel
    /// ```yaml
    /// id: a
    /// ---
    /// id: b
    /// ```
    ///
    /// ## Gør i stedet
    /// Én plan pr. fil.
    "multiple-documents" => "Filen indeholder mere end ét YAML-dokument";

    /// ## Hvad den gør
    /// Finder nøgler, der ikke er en del af planens sprog, og foreslår den nærmeste
    /// kendte nøgle.
    ///
    /// ## Hvorfor det er vigtigt
    /// En stavefejl i en nøgle (`exit_critera`) ville ellers blive ignoreret, og
    /// oplysningen ville gå tabt.
    ///
    /// ## Eksempel
    /// ```yaml
    /// phases:
    ///   beslutning: { duration: 1-3 måneder, exit_critera: [Beslutning truffet] }
    /// ```
    ///
    /// ## Gør i stedet
    /// ```yaml
    /// phases:
    ///   beslutning: { duration: 1-3 måneder, exit_criteria: [Beslutning truffet] }
    /// ```
    "unknown-key" => "En nøgle, planens sprog ikke kender";

    /// ## Hvad den gør
    /// Finder en værdi af den forkerte YAML-type: en liste, hvor der forventes tekst,
    /// eller et tal, hvor der forventes en mapping.
    ///
    /// ## Hvorfor det er vigtigt
    /// Værdien kan ikke bruges, som den står.
    ///
    /// ## Eksempel
    /// ```yaml
    /// roles:
    ///   superbruger: [Anna]
    /// ```
    ///
    /// ## Gør i stedet
    /// ```yaml
    /// roles:
    ///   superbruger: { owner: [Anna] }
    /// ```
    "invalid-type" => "En værdi af forkert type";

    /// ## Hvad den gør
    /// Finder varigheder, intervaller, længder, timer, datoer og klokkeslæt, der ikke
    /// kan læses, fx `3 månder` eller `2027-02-30`, med et forslag, hvor der er et
    /// nærliggende.
    ///
    /// ## Hvorfor det er vigtigt
    /// Tidsplanen bygges ud fra disse værdier.
    ///
    /// ## Eksempel
    /// ```yaml
    /// duration: 3 månder
    /// ```
    ///
    /// ## Gør i stedet
    /// ```yaml
    /// duration: 3 måneder
    /// ```
    "invalid-value" => "En værdi, der ikke kan forstås";

    /// ## Hvad den gør
    /// Finder id'er med andre tegn end små bogstaver, cifre og enkelte bindestreger (fx
    /// mellemrum, `/` eller `..`).
    ///
    /// ## Hvorfor det er vigtigt
    /// Id'er bliver til filnavne og kalender-UID'er; en sti i et id kunne føre output
    /// uden for dets mappe.
    ///
    /// ## Eksempel
    /// ```yaml
    /// roles:
    ///   ../leder: { name: Leder }
    /// ```
    ///
    /// ## Gør i stedet
    /// ```yaml
    /// roles:
    ///   leder: { name: Leder }
    /// ```
    "invalid-id" => "Et id, der ikke er skrevet med små bogstaver og bindestreger";

    /// ## Hvad den gør
    /// Finder en plan uden `id` eller `title` og en fase uden `duration`.
    ///
    /// ## Hvorfor det er vigtigt
    /// Dokumenterne skal have en titel, filer og kalendere et id, og tidsplanen en
    /// varighed for hver fase.
    ///
    /// ## Eksempel
    /// ```yaml
    /// phases:
    ///   beslutning: { name: Beslutning }
    /// ```
    ///
    /// ## Gør i stedet
    /// ```yaml
    /// phases:
    ///   beslutning: { name: Beslutning, duration: 1-3 måneder }
    /// ```
    "missing-key" => "En påkrævet nøgle mangler";

    /// ## Hvad den gør
    /// Finder en nøgle, der står to gange i den samme mapping, og markerer begge.
    ///
    /// ## Hvorfor det er vigtigt
    /// Kun den ene værdi kan gælde; den anden går i de fleste værktøjer tabt uden
    /// varsel.
    ///
    /// ## Eksempel
    /// ```yaml
    /// beslutning: { duration: 1-3 måneder, duration: 2 måneder }
    /// ```
    ///
    /// ## Gør i stedet
    /// Behold den ene.
    "duplicate-key" => "Den samme nøgle to gange i én mapping";

    /// ## Hvad den gør
    /// Finder to enheder med samme id i én sektion og markerer begge definitioner.
    ///
    /// ## Hvorfor det er vigtigt
    /// Henvisninger til id'et bliver tvetydige, og den ene definition går tabt.
    ///
    /// ## Eksempel
    /// ```yaml
    /// activities:
    ///   laeringsmoede: { phase: i-gang, every: 2 måneder }
    ///   laeringsmoede: { phase: forankring, every: 3 måneder }
    /// ```
    ///
    /// ## Gør i stedet
    /// ```yaml
    /// activities:
    ///   laeringsmoede: { phases: [i-gang, forankring], every: 2 måneder }
    /// ```
    "duplicate-id" => "To enheder med samme id";

    /// ## Hvad den gør
    /// Finder en fil, der rummer mere, end tovholder gemmer af den: mere end 200.000
    /// enheder i en plan (alle afsnit tilsammen) eller poster i en logbog — resten
    /// bliver læst som YAML, men ikke brugt — og mere end 10.000 fund fra ét trin af
    /// tjekket (indlæsningen, reglerne), hvorefter fundene kun bliver talt. Optællingen
    /// er ét fund på niveau med det alvorligste fund, der ikke blev gemt, så exitkoden
    /// og antallet af fejl og advarsler stadig passer.
    ///
    /// ## Hvorfor det er vigtigt
    /// En plan med 100.000 enheder er allerede langt større end nogen rigtig plan; en
    /// fil over grænserne er en eksport eller en genereret fil, og at læse det hele
    /// ville koste flere gigabyte hukommelse. Det, der ikke bliver læst, bliver heller
    /// ikke tjekket: den plan, der er tjekket, er ikke den plan, der står i filen.
    ///
    /// ## Eksempel
    /// ```yaml
    /// activities:
    ///   a1: {}
    ///   # … 1.500.000 mere
    /// ```
    ///
    /// ## Gør i stedet
    /// Del planen op i en model og planer, der bruger den, og logbogen i en fil pr. år
    /// (`log:` kan nævne flere). Ret de første fund, og tjek igen.
    "limit-exceeded" => "Flere enheder eller fund i en fil, end tovholder gemmer";

    /// ## Hvad den gør
    /// Finder en sti i `uses`, der ikke findes, er en mappe, en FIFO eller en
    /// enhedsfil, går uden for projektets rod (den nærmeste mappe med `.git` eller
    /// `tovholder.toml`) uden `--allow-outside-root`, eller peger på en model, der selv
    /// har fejl.
    ///
    /// ## Hvorfor det er vigtigt
    /// En plan, der bruger en model, er først hel sammen med modellen; tjekkes den
    /// uden, ville den melde huller, der ikke findes, og overse dem, der gør.
    ///
    /// ## Eksempel
    /// ```yaml
    /// uses: ../../../../etc/passwd
    /// ```
    ///
    /// ## Gør i stedet
    /// ```yaml
    /// uses: ../models/ics.yaml
    /// ```
    "model-unavailable" => "Modellen i `uses` kan ikke læses eller har fejl";

    /// ## Hvad den gør
    /// Finder en model, der (gennem andre modeller) bruger sig selv, og kæder af
    /// modeller, der er dybere end 8.
    ///
    /// ## Hvorfor det er vigtigt
    /// En ring har ingen bund: der er ingen model at begynde sammenfletningen fra.
    ///
    /// ## Eksempel
    /// ```yaml
    /// # a.yaml
    /// kind: model
    /// uses: b.yaml
    /// # b.yaml
    /// kind: model
    /// uses: a.yaml
    /// ```
    ///
    /// ## Gør i stedet
    /// Lad den ene model være grundlaget og den anden bygge videre på den.
    "uses-cycle" => "Modeller, der bruger hinanden i ring, eller en for lang kæde";

    /// ## Hvad den gør
    /// Sammenligner `uses: {path, version}` med modellens `version:`. `1.x` passer med
    /// enhver 1.y.z, `1.4` med enhver 1.4.z; en model uden version passer aldrig med et
    /// fastlåst krav.
    ///
    /// ## Hvorfor det er vigtigt
    /// Når en model ændres på en måde, der ikke er bagudkompatibel, får hver kommunes
    /// plan, der er låst til den gamle version, besked om at gennemgå den i stedet for
    /// at ændre sig i det stille.
    ///
    /// ## Eksempel
    /// ```yaml
    /// uses: { path: ../models/ics.yaml, version: "2.x" }   # modellen er 1.0.0
    /// ```
    ///
    /// ## Gør i stedet
    /// ```yaml
    /// uses: { path: ../models/ics.yaml, version: "1.x" }
    /// ```
    "model-version-mismatch" => "Modellens version passer ikke med den version, planen kræver";

    /// ## Hvad den gør
    /// Finder id'er under `remove:`, som ikke findes i modellen, og nævner det nærmeste
    /// id, modellen har.
    ///
    /// ## Hvorfor det er vigtigt
    /// En stavefejl i en fjernelse beholder den enhed, planen ville af med.
    ///
    /// ## Eksempel
    /// ```yaml
    /// remove: { activities: [laeringsmode] }
    /// ```
    ///
    /// ## Gør i stedet
    /// ```yaml
    /// remove: { activities: [laeringsmoede] }
    /// ```
    "unknown-removal" => "`remove` nævner et id, modellen ikke har";

    /// ## Hvad den gør
    /// Finder en `uses`, der peger på en plan (eller en anden fil uden `kind: model`).
    ///
    /// ## Hvorfor det er vigtigt
    /// En plan indeholder én kommunes datoer og navne; genbruges den som skabelon,
    /// bliver de kopieret ind i en anden kommunes plan.
    ///
    /// ## Eksempel
    /// ```yaml
    /// uses: ../nordby/plan.yaml
    /// ```
    ///
    /// ## Gør i stedet
    /// ```yaml
    /// uses: ../models/ics.yaml
    /// ```
    "not-a-model" => "`uses` peger på en fil, der ikke er `kind: model`";

    /// ## Hvad den gør
    /// En enhed i planen med et nyt id lægges til modellens; når det nye id næsten er
    /// det samme som et af modellens, var det formentlig meningen at ændre det. Reglen
    /// melder det med modellens id.
    ///
    /// ## Hvorfor det er vigtigt
    /// Den fejlstavede ændring lader modellens enhed være uændret og tilføjer en
    /// næsten-dublet — to læringsmøder i kalenderen i stedet for ét ændret.
    ///
    /// ## Eksempel
    /// ```yaml
    /// activities:
    ///   laeringsmode: { every: 1 måned }   # modellen har laeringsmoede
    /// ```
    ///
    /// ## Gør i stedet
    /// ```yaml
    /// activities:
    ///   laeringsmoede: { every: 1 måned }
    /// ```
    "override-unknown-id" => "En ny enhed, hvis id ligner et i modellen: sandsynligvis en stavefejl";

    /// ## Hvad den gør
    /// Tjekker hver henvisning i planen — `responsible`, `participants`, `owner` og
    /// `reports_to` (roller), `after`, `phase` og `phases` (faser), aktiviteters
    /// `after` (aktiviteter), `contributes_to` (mål) og `audience` (interessenter) — og
    /// melder id'er, der ikke findes, med forslag om det nærmeste id, der gør.
    ///
    /// ## Hvorfor det er vigtigt
    /// En tastefejl i en henvisning fjerner i det stille en person fra et møde eller et
    /// møde fra en fase; dokumenterne ville være forkerte, uden at nogen opdagede det.
    ///
    /// ## Eksempel
    /// ```yaml
    /// activities:
    ///   laeringsmoede:
    ///     phase: i-gang
    ///     responsible: superbruer
    /// ```
    ///
    /// ## Gør i stedet
    /// ```yaml
    /// activities:
    ///   laeringsmoede:
    ///     phase: i-gang
    ///     responsible: superbruger
    /// ```
    "unknown-reference" => "En henvisning til en rolle, fase, aktivitet, et mål eller en interessent, der ikke findes";

    /// ## Hvad den gør
    /// Finder ringe i tidsafhængighederne — fasers `after`-lister og aktiviteters
    /// `after`-henvisninger — og melder hver ring én gang, med hvert led nævnt og hver
    /// kant markeret. Mål, hvis `contributes_to`-lister går i ring, meldes på samme måde.
    ///
    /// ## Hvorfor det er vigtigt
    /// En ring kan ikke lægges i en tidsplan: ingen af faserne i den kan nogensinde
    /// begynde. En forandringsteori, der går i ring, har intet procesmål at begynde fra.
    ///
    /// ## Eksempel
    /// ```yaml
    /// phases:
    ///   i-gang: { after: [forankring], duration: 1 år }
    ///   forankring: { after: [i-gang], duration: løbende }
    /// ```
    ///
    /// ## Gør i stedet
    /// ```yaml
    /// phases:
    ///   i-gang: { after: [klar-parat-start], duration: 1 år }
    ///   forankring: { after: [i-gang], duration: løbende }
    /// ```
    "dependency-cycle" => "Faser eller aktiviteter, der venter på hinanden i ring";

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

    /// ## Hvad den gør
    /// Finder aktiviteter uden en `responsible`-rolle, eller med en tom. Modeller
    /// tjekkes også: en model nævner roller, så den kan sige, hvilken rolle der står
    /// for hver aktivitet.
    ///
    /// ## Hvorfor det er vigtigt
    /// Aktivitetsplanen i *God sagsbehandling på ældreområdet* (Styrelsen for
    /// Specialrådgivning og Social Service, 2007) svarer på fire spørgsmål for hver
    /// aktivitet: hvad, hvornår, hvem deltager — og hvem er ansvarlig. Et møde, ingen
    /// er ansvarlig for, er et møde, ingen indkalder til; læringsmøderne,
    /// opfølgningerne og nyhedsbrevene er netop det, der forsvinder, når den første
    /// begejstring har lagt sig.
    ///
    /// ## Eksempel
    /// ```yaml
    /// activities:
    ///   laeringsmoede:
    ///     name: Teammøde med fokus på læring
    ///     phases: [i-gang, forankring]
    ///     every: 2 måneder
    ///     participants: [sagsbehandler]
    /// ```
    ///
    /// ## Gør i stedet
    /// ```yaml
    /// activities:
    ///   laeringsmoede:
    ///     name: Teammøde med fokus på læring
    ///     phases: [i-gang, forankring]
    ///     every: 2 måneder
    ///     responsible: superbruger
    ///     participants: [sagsbehandler]
    /// ```
    "activity-without-responsible" => "En aktivitet uden en ansvarlig rolle";

    /// ## Hvad den gør
    /// Finder mål i en plan uden en `owner`-rolle, eller med en tom. Modeller er
    /// undtaget: hvem der følger op på et mål, bestemmer hver kommune selv.
    ///
    /// ## Hvorfor det er vigtigt
    /// I *God sagsbehandling på ældreområdet* (2007) sætter den øverste ledelse målene,
    /// og de nærmeste ledere følger op på dem; Jobcenter Viborg (*Vis mig
    /// værdien*, 2014) tjekker løbende, om det, der gøres, fører til det, der forventes, og
    /// justerer. Et mål, ingen ejer, bliver ikke målt af nogen, så ingen opdager, når
    /// planen skal ændres.
    ///
    /// ## Eksempel
    /// ```yaml
    /// goals:
    ///   borgerinddragelse:
    ///     statement: Borgeren inddrages aktivt i sagsbehandlingen
    ///     indicator: Andel sager med dokumenteret borgerinddragelse
    /// ```
    ///
    /// ## Gør i stedet
    /// ```yaml
    /// goals:
    ///   borgerinddragelse:
    ///     statement: Borgeren inddrages aktivt i sagsbehandlingen
    ///     indicator: Andel sager med dokumenteret borgerinddragelse
    ///     owner: afdelingsleder
    /// ```
    "goal-without-owner" => "Et mål uden en ejer";

    /// ## Hvad den gør
    /// Finder faser uden `exit_criteria`, eller kun med tomme. Modeller tjekkes også:
    /// kriterierne hører til metoden.
    ///
    /// ## Hvorfor det er vigtigt
    /// ICS-workshoppen (*Superbrugerrollen i en implementeringsproces*, 2015) giver
    /// hver fase både kendetegn (hvad der sker) og en målsætning (hvad der skal være på
    /// plads, før fasen er slut). Uden exit-kriterier kan ingen afgøre, om
    /// organisationen er klar til næste fase, og en fase trækker enten ud eller
    /// erklæres færdig, mens grundarbejdet mangler.
    ///
    /// ## Eksempel
    /// ```yaml
    /// phases:
    ///   klar-parat-start:
    ///     name: Klar, parat – start
    ///     after: [beslutning]
    ///     duration: 8 måneder
    /// ```
    ///
    /// ## Gør i stedet
    /// ```yaml
    /// phases:
    ///   klar-parat-start:
    ///     name: Klar, parat – start
    ///     after: [beslutning]
    ///     duration: 8 måneder
    ///     exit_criteria:
    ///       - Projektorganisationen er etableret
    ///       - Kommunikationsstrategien er udarbejdet
    /// ```
    "phase-without-exit-criteria" => "En fase uden målsætning (exit-kriterier)";

    /// ## Hvad den gør
    /// I en plan finder den mål, hvor `baseline` mangler eller er uden `value` eller
    /// `date`: en baseline er en måling, og en måling har en værdi og en dag, den blev
    /// foretaget.
    ///
    /// I en model finder den mål helt uden `baseline`, eller med en, der hverken nævner
    /// en `source` eller en `value`. En model har ingen datoer og måler ikke noget, men
    /// den bør i det mindste sige, hvor tallet skal komme fra (`source: Sagsaudit`);
    /// hver plan, der bruger modellen, udfylder så værdien og datoen.
    ///
    /// ## Hvorfor det er vigtigt
    /// Politiets vejledning om samskabelse (*Samskabelse med civilsamfundet –
    /// vejledning til ledere i politiet*) er tydelig: hvert mål får en baseline, *før
    /// arbejdet går i gang*. Uden den kan ingen senere se, om implementeringen har
    /// flyttet noget, og Jobcenter Viborgs spørgsmål (*Vis mig værdien*, 2014) — fører
    /// det, vi gør, til det, vi forventer? — kan ikke besvares.
    ///
    /// ## Eksempel
    /// ```yaml
    /// goals:
    ///   borgerinddragelse:
    ///     statement: Borgeren inddrages aktivt i sagsbehandlingen
    ///     indicator: Andel sager med dokumenteret borgerinddragelse
    ///     baseline: { source: Sagsaudit }
    ///     target: { value: 80 %, by: 2028-06-30 }
    /// ```
    ///
    /// ## Gør i stedet
    /// ```yaml
    /// goals:
    ///   borgerinddragelse:
    ///     statement: Borgeren inddrages aktivt i sagsbehandlingen
    ///     indicator: Andel sager med dokumenteret borgerinddragelse
    ///     baseline: { value: 40 %, date: 2026-11-01, source: Sagsaudit }
    ///     target: { value: 80 %, by: 2028-06-30 }
    /// ```
    "goal-without-baseline" => "Et mål uden baseline (i en plan: ingen værdi og dato; i en model: ingen kilde)";

    /// ## Hvad den gør
    /// Finder mål uden `indicator`, eller med en tom, i planer og modeller: hvordan et
    /// mål måles, er en del af metoden.
    ///
    /// ## Hvorfor det er vigtigt
    /// Jobcenter Viborg (*Vis mig værdien*, 2014) dokumenterer sit arbejde, så det kan
    /// tjekke, at det, der gøres, fører til det, der forventes; det tjek kræver et
    /// navngivet mål for, hvad der måles. Kvalitative mål og hypoteser (som i politiets
    /// vejledning om samskabelse) har også brug for et — interviews, observationer, et
    /// beskrevet scenarie — ellers kan baseline og målværdi ikke sammenlignes.
    ///
    /// ## Eksempel
    /// ```yaml
    /// goals:
    ///   borgerinddragelse:
    ///     statement: Borgeren inddrages aktivt i sagsbehandlingen
    ///     kind: quantitative
    /// ```
    ///
    /// ## Gør i stedet
    /// ```yaml
    /// goals:
    ///   borgerinddragelse:
    ///     statement: Borgeren inddrages aktivt i sagsbehandlingen
    ///     kind: quantitative
    ///     indicator: Andel sager med dokumenteret borgerinddragelse
    /// ```
    "goal-without-indicator" => "Et mål uden en indikator";

    /// ## Hvad den gør
    /// I en plan finder den mål, hvor `target` mangler eller er uden `value` eller en
    /// `by`-dato. I en model finder den mål, hvor `target` ikke har nogen `value`:
    /// modellen siger, hvad der skal nås, hver plan siger hvornår.
    ///
    /// ## Hvorfor det er vigtigt
    /// Politiets vejledning om samskabelse (*Samskabelse med civilsamfundet –
    /// vejledning til ledere i politiet*) beder om 3-5 mål pr. platform, på kort og
    /// lang sigt, og Jobcenter Viborg (*Vis mig værdien*, 2014) går fra procesmål til
    /// resultatmål. Et mål bliver først et resultatmål, når det siger, hvilket niveau
    /// der skal nås, og hvornår; uden en målværdi er der intet at følge op på og intet
    /// tidspunkt at justere planen.
    ///
    /// ## Eksempel
    /// ```yaml
    /// goals:
    ///   borgerinddragelse:
    ///     statement: Borgeren inddrages aktivt i sagsbehandlingen
    ///     indicator: Andel sager med dokumenteret borgerinddragelse
    ///     baseline: { value: 40 %, date: 2026-11-01, source: Sagsaudit }
    /// ```
    ///
    /// ## Gør i stedet
    /// ```yaml
    /// goals:
    ///   borgerinddragelse:
    ///     statement: Borgeren inddrages aktivt i sagsbehandlingen
    ///     indicator: Andel sager med dokumenteret borgerinddragelse
    ///     baseline: { value: 40 %, date: 2026-11-01, source: Sagsaudit }
    ///     target: { value: 80 %, by: 2028-06-30 }
    /// ```
    "goal-without-target" => "Et mål uden målværdi (i en plan: ingen værdi og dato; i en model: ingen værdi)";

    /// ## Hvad den gør
    /// Finder mål, som ingen aktivitet nævner i `contributes_to`, i planer og modeller.
    /// Et mål kan også næres af andre mål (et procesmåls `contributes_to: [resultatmaal]`):
    /// et resultatmål, som procesmål med aktiviteter fører til, er ikke et hul; et mål,
    /// der kun nås gennem en kæde, hvis begyndelse ingen aktivitet har, er det stadig.
    ///
    /// ## Hvorfor det er vigtigt
    /// Jobcenter Viborg (*Vis mig værdien*, 2014) bygger sit arbejde på en
    /// forandringsteori: aktiviteterne dokumenteres, så man kan tjekke, at vi gør det,
    /// vi siger, vi gør, og at det, vi gør, fører til det, vi forventer. Et mål, som
    /// ingen aktivitet bidrager til, er et hul i den teori — planen håber på et
    /// resultat uden at planlægge noget, der kan føre til det.
    ///
    /// ## Eksempel
    /// ```yaml
    /// activities:
    ///   laeringsmoede:
    ///     phases: [i-gang, forankring]
    ///     every: 2 måneder
    ///     responsible: superbruger
    /// goals:
    ///   borgerinddragelse:
    ///     statement: Borgeren inddrages aktivt i sagsbehandlingen
    /// ```
    ///
    /// ## Gør i stedet
    /// ```yaml
    /// activities:
    ///   laeringsmoede:
    ///     phases: [i-gang, forankring]
    ///     every: 2 måneder
    ///     responsible: superbruger
    ///     contributes_to: [borgerinddragelse]
    /// goals:
    ///   borgerinddragelse:
    ///     statement: Borgeren inddrages aktivt i sagsbehandlingen
    /// ```
    "goal-without-activity" => "Et mål, som ingen aktivitet bidrager til";

    /// ## Hvad den gør
    /// Finder faser, som ingen aktivitet nævner i `phase` eller `phases`, i planer og
    /// modeller.
    ///
    /// ## Hvorfor det er vigtigt
    /// En fase beskrives ved det, der sker i den: ICS-workshoppen (*Superbrugerrollen i
    /// en implementeringsproces*, 2015) oplister hver fases kendetegn, og *God
    /// sagsbehandling på ældreområdet* (2007) gør dem til en aktivitetsplan — hvilke
    /// aktiviteter, hvornår, hvem deltager, hvem er ansvarlig. En fase uden aktiviteter
    /// har et navn og en varighed, men intet, nogen faktisk skal gøre; årshjulet og
    /// kalenderne står tomme i hele dens længde.
    ///
    /// ## Eksempel
    /// ```yaml
    /// phases:
    ///   forankring: { after: [i-gang], duration: løbende }
    /// activities:
    ///   laeringsmoede:
    ///     phase: i-gang
    ///     every: 2 måneder
    ///     responsible: superbruger
    /// ```
    ///
    /// ## Gør i stedet
    /// ```yaml
    /// phases:
    ///   forankring: { after: [i-gang], duration: løbende }
    /// activities:
    ///   laeringsmoede:
    ///     phases: [i-gang, forankring]
    ///     every: 2 måneder
    ///     responsible: superbruger
    /// ```
    "phase-without-activities" => "En fase uden aktiviteter";

    /// ## Hvad den gør
    /// Finder roller, som intet henviser til: ingen aktivitet har dem som `responsible`
    /// eller i `participants`, ingen fase, intet mål, ingen tjekliste og intet
    /// tjeklistepunkt har dem som `owner`, og ingen anden rolle har dem i `reports_to`.
    /// Planer og modeller tjekkes.
    ///
    /// ## Hvorfor det er vigtigt
    /// En rollebeskrivelse fortæller den, der har rollen, hvad rollen gør i hver fase,
    /// og hvilke møder den leder og deltager i. Det er netop det, ICS-workshoppen
    /// (*Superbrugerrollen i en implementeringsproces*, 2015) bruger kræfterne på: en
    /// superbruger med råderum og bevilgede timer og klare opgaver. En rolle, der ikke
    /// optræder nogen steder i planen, får en tom rollebeskrivelse — tid bevilget til
    /// ingenting, eller en rolle, nogen har glemt at planlægge for.
    ///
    /// ## Eksempel
    /// ```yaml
    /// roles:
    ///   superbruger: { name: Superbruger, owner: [Anna Jensen] }
    /// activities:
    ///   laeringsmoede: { phase: i-gang, every: 2 måneder, responsible: leder }
    /// ```
    ///
    /// ## Gør i stedet
    /// ```yaml
    /// roles:
    ///   superbruger: { name: Superbruger, owner: [Anna Jensen] }
    /// activities:
    ///   laeringsmoede:
    ///     phase: i-gang
    ///     every: 2 måneder
    ///     responsible: leder
    ///     participants: [superbruger]
    /// ```
    "unused-role" => "En rolle, der aldrig er ansvarlig, deltager, ejer eller refereres til";

    /// ## Hvad den gør
    /// Finder interessenter, som ingen aktivitet nævner i `audience`, i planer og
    /// modeller.
    ///
    /// ## Hvorfor det er vigtigt
    /// *God sagsbehandling på ældreområdet* (2007) beder om en kommunikationsplan —
    /// hvad, til hvem, hvornår, gennem hvilken kanal — og dens tjekliste spørger "Er
    /// samarbejdspartnere informeret?". Leverandører, læger, sygehuse, borgere og
    /// politikere, der står som interessenter, men aldrig bliver nået, hører om den nye
    /// metode ved et tilfælde eller slet ikke. Kommunikation er en aktivitet med en
    /// målgruppe, så planen siger, hvornår hver interessent hører om den.
    ///
    /// ## Eksempel
    /// ```yaml
    /// stakeholders:
    ///   leverandoerer: { name: Kommunale og private leverandører }
    /// activities:
    ///   opstartsmoede: { phase: i-gang, at: 2 uger, responsible: leder }
    /// ```
    ///
    /// ## Gør i stedet
    /// ```yaml
    /// stakeholders:
    ///   leverandoerer: { name: Kommunale og private leverandører }
    /// activities:
    ///   opstartsmoede: { phase: i-gang, at: 2 uger, responsible: leder }
    ///   orientering-leverandoerer:
    ///     phase: i-gang
    ///     at: 4 uger
    ///     audience: [leverandoerer]
    ///     channel: Pjece
    ///     responsible: leder
    /// ```
    "stakeholder-never-informed" => "En interessent, som ingen aktivitet informerer";

    /// ## Hvad den gør
    /// Ser på planens sidste faser — de faser, ingen anden fase kommer `after` — og
    /// melder planen, når ingen af dem er `ongoing` (løbende), og ingen tilbagevendende
    /// aktivitet (en med `every`) hører til nogen af dem. Planer og modeller tjekkes.
    /// Det er et fund på planniveau: slå det fra med `allow:` øverst i filen.
    ///
    /// ## Hvorfor det er vigtigt
    /// Kilderne er enige om, at implementering vindes eller tabes efter opstarten.
    /// ICS-workshoppen (*Superbrugerrollen i en implementeringsproces*, 2015) citerer
    /// Fixsen et al. (*Implementation Research: A Synthesis of the Literature*, 2005):
    /// med fokus på implementering lykkes 80 % inden for 3 år; uden det 14 % inden for
    /// 17 år — og "udfordringen er ikke at starte, men at fortsætte efter den første
    /// begejstring". Dens sidste fase, Forankring, løber fra et år og frem uden
    /// slutning, og læringsmøderne sættes i et årshjul, så de bliver ved med at komme.
    /// Motivationskurven i *God sagsbehandling på ældreområdet* (2007) ender i
    /// forankring, og det svenske kursus *Samverkan* (Knut, dag 2+3) ender i drift. En
    /// plan, hvis sidste fase bare slutter, har planlagt opstarten, ikke metoden.
    ///
    /// ## Eksempel
    /// ```yaml
    /// phases:
    ///   i-gang: { after: [klar-parat-start], duration: 1 år }
    /// activities:
    ///   evaluering: { phase: i-gang, at: 10 måneder, responsible: leder }
    /// ```
    ///
    /// ## Gør i stedet
    /// ```yaml
    /// phases:
    ///   i-gang: { after: [klar-parat-start], duration: 1 år }
    ///   forankring: { after: [i-gang], duration: løbende }
    /// activities:
    ///   evaluering: { phase: i-gang, at: 10 måneder, responsible: leder }
    ///   laeringsmoede:
    ///     phases: [i-gang, forankring]
    ///     every: 2 måneder
    ///     responsible: superbruger
    /// ```
    "no-sustainment-phase" => "Den sidste fase er ikke løbende og har ingen tilbagevendende aktivitet";

    /// ## Hvad den gør
    /// Finder en plan uden `start`-dato, eller hvor `start:` står tom. Modeller er
    /// undtaget: en model beskriver en metode og har ingen datoer. Det er et fund på
    /// planniveau: slå det fra med `allow:` øverst i filen.
    ///
    /// ## Hvorfor det er vigtigt
    /// Alle datoer i aktivitetsplanen, årshjulet og kalenderen regnes fra `start`:
    /// beslutningsfasen i ICS-workshoppen (*Superbrugerrollen i en
    /// implementeringsproces*, 2015) tager 1-3 måneder derfra, læringsmøderne hver
    /// anden måned derefter. En model har ingen start, så en plan, der bruger (`uses`)
    /// en, skal tilføje den, og `tovholder init` lader netop derfor `start:` stå tom.
    /// Uden den kan intet lægges i en tidsplan, og de tjek, der bygger på datoer, kan
    /// ikke køre.
    ///
    /// ## Eksempel
    /// ```yaml
    /// id: ics-familieafdelingen
    /// title: Implementering af ICS i Familieafdelingen
    /// uses: ../models/ics.yaml
    /// start:
    /// ```
    ///
    /// ## Gør i stedet
    /// ```yaml
    /// id: ics-familieafdelingen
    /// title: Implementering af ICS i Familieafdelingen
    /// uses: ../models/ics.yaml
    /// start: 2027-01-04
    /// ```
    "plan-without-start" => "En plan uden startdato";

    /// ## Hvad den gør
    /// Lægger faserne sammen langs deres `after`-kæder — hver varighed først på sit
    /// minimum, så på sit maksimum — og sammenligner resultatet med planens `horizon`.
    /// Den advarer, når de to vinduer ikke mødes: faserne kan ikke nå at blive færdige
    /// inden for horisonten, selv når de er kortest, eller (når ingen fase er
    /// `ongoing`, som ville fylde resten) de slutter før horisonten, selv når de er
    /// længst. Valgfrie faser regnes med; meldingen giver også summerne uden dem. En
    /// model uden `start` måles fra en referencedato; månedernes længde gør ingen
    /// forskel for resultatet. En plan, der arver sin `horizon` fra sin model
    /// (`uses`), får meldingen ved sin `uses` med en markering ved modellens `horizon`
    /// og bliver bedt om at angive sin egen tidshorisont (modellens eget tjek melder
    /// modellen).
    ///
    /// ## Hvorfor det er vigtigt
    /// Horisonten er det, planen lover ledelsen. Når faserne tilsammen varer længere,
    /// er løftet brudt, før arbejdet går i gang — samverkansprojektets livsfaser i det
    /// svenske kursus *Samverkan* (Knut, dag 2+3) præsenteres som "omkring et til
    /// halvandet år", men lægges sammen til 19–32 måneder.
    ///
    /// ## Eksempel
    /// ```yaml
    /// horizon: 1 år
    /// phases:
    ///   ide: { duration: 2-4 måneder }
    ///   proeva-och-testa: { after: [ide], duration: 6 måneder }
    ///   tillaempning: { after: [proeva-och-testa], duration: 6-12 måneder }
    /// ```
    ///
    /// ## Gør i stedet
    /// ```yaml
    /// horizon: 14-22 måneder
    /// phases:
    ///   ide: { duration: 2-4 måneder }
    ///   proeva-och-testa: { after: [ide], duration: 6 måneder }
    ///   tillaempning: { after: [proeva-och-testa], duration: 6-12 måneder }
    /// ```
    "horizon-mismatch" => "Den angivne horisont passer ikke med, hvad faserne tilsammen varer";

    /// ## Hvad den gør
    /// Beregner den første dato for hver aktivitet, der hører til en fase — dens faste
    /// `date`, dens `at`-forskydning fra fasens start eller dens `after`-henvisning
    /// plus forskydning — og advarer, når datoen ikke ligger inden for det (nominelle)
    /// vindue for nogen af dens faser. Datoen før en eventuel flytning til en
    /// arbejdsdag bruges.
    ///
    /// ## Hvorfor det er vigtigt
    /// Aktivitetsplanen grupperer aktiviteterne efter fase. En aktivitet, der er
    /// dateret efter sin fases afslutning, står under den forkerte overskrift, og som
    /// regel var forskydningen ment i uger, ikke måneder, eller fasen er kortere end
    /// antaget.
    ///
    /// ## Eksempel
    /// ```yaml
    /// phases:
    ///   beslutning: { duration: 2 måneder }
    /// activities:
    ///   udmelding:
    ///     phase: beslutning
    ///     at: 3 måneder
    /// ```
    ///
    /// ## Gør i stedet
    /// ```yaml
    /// phases:
    ///   beslutning: { duration: 2 måneder }
    /// activities:
    ///   udmelding:
    ///     phase: beslutning
    ///     at: 6 uger
    /// ```
    "activity-outside-phase" => "En aktivitets dato eller forskydning ligger uden for dens fase";

    /// ## Hvad den gør
    /// Ser på hver fase, der ikke er `optional`, fra dens (nominelle) start til dens
    /// slutning eller til slutningen af den beregnede kalender, og måler perioderne
    /// mellem planlagte forekomster af enhver aktivitet — også perioden fra fasens
    /// start til den første forekomst og fra den sidste til fasens slutning. Den
    /// advarer, når en periode er længere end 10 uger (indstillingen
    /// `momentum_gap_weeks`), og melder den længste, med datoer. Kalenderdage tæller,
    /// undtagen dage i planens `closed`-perioder: en sommerlukning er ikke tabt
    /// momentum, men ugerne omkring den er.
    ///
    /// Hvert spor (platform, team) med egne aktiviteter måles på samme måde for sig:
    /// fra sporets start til dets slutning, kun mens det er aktivt (en periode i bero
    /// er ikke et hul; ugerne før det sættes i bero og efter det genoptages er), og kun
    /// med sporets egne aktiviteter — så en platform, der intet har planlagt i et år,
    /// bliver fundet, selv om en anden platform har travlt.
    ///
    /// ## Hvorfor det er vigtigt
    /// Det svære ved implementering er ikke at starte, men at fortsætte, når den første
    /// begejstring har lagt sig. En fase, hvor intet er planlagt i et kvartal, er dér,
    /// hvor en ny metode stille dør. Læringsmøder hver anden måned er nok til at holde
    /// den i live; et møde hvert kvartal er ikke. Det samme gælder hver
    /// udviklingsplatform i et samskabende arbejde (*Samskabelse med civilsamfundet –
    /// vejledning til ledere i politiet*): en platform, der ikke mødes, mister sine
    /// aktører, uanset hvad de andre platforme gør.
    ///
    /// ## Eksempel
    /// ```yaml
    /// phases:
    ///   i-gang: { duration: 1 år }
    /// activities:
    ///   opfoelgning:
    ///     phase: i-gang
    ///     every: 3 måneder
    /// ```
    ///
    /// ## Gør i stedet
    /// ```yaml
    /// phases:
    ///   i-gang: { duration: 1 år }
    /// activities:
    ///   laeringsmoede:
    ///     phase: i-gang
    ///     every: 2 måneder
    /// ```
    "momentum-gap" => "En lang periode i en fase uden planlagte aktiviteter";

    /// ## Hvad den gør
    /// Lægger for hver rolle med bevilgede `hours` de planlagte timer sammen pr.
    /// kalendermåned — den nominelle `length` af hver forekomst, hvor rollen er
    /// `responsible` eller deltager — og advarer, når en måned overstiger de bevilgede
    /// timer (pr. uge regnes som 52/12 uger pr. måned). Meldingen nævner den travleste
    /// måned over grænsen og begge tal.
    ///
    /// En rolle, som mange personer har i teams — ejerne står som `members` af spor,
    /// fx 19 sagsbehandlere i tre træningsgrupper — måles pr. person: hver deltager i
    /// sit eget teams møder (og i dem, der ikke hører til et spor), og de bevilgede
    /// timer gælder for hver person. Meldingen nævner den travleste persons travleste
    /// måned.
    ///
    /// ## Hvorfor det er vigtigt
    /// Superbrugerens råderum er de timer, der er bevilget til rollen. En plan, der
    /// kræver mere end det, er en plan, den, der har rollen, ikke kan holde, og møderne
    /// er det første, der ryger.
    ///
    /// ## Eksempel
    /// ```yaml
    /// roles:
    ///   superbruger: { owner: [Anna Jensen], hours: 2 timer om måneden }
    /// activities:
    ///   sparring:
    ///     phase: i-gang
    ///     every: 1 uge
    ///     length: 1 time
    ///     responsible: superbruger
    /// ```
    ///
    /// ## Gør i stedet
    /// ```yaml
    /// roles:
    ///   superbruger: { owner: [Anna Jensen], hours: 2 timer om ugen }
    /// activities:
    ///   sparring:
    ///     phase: i-gang
    ///     every: 1 uge
    ///     length: 1 time
    ///     responsible: superbruger
    /// ```
    "role-overloaded" => "En rolle har flere planlagte timer i en måned, end den har fået bevilget";

    /// ## Hvad den gør
    /// Tjekker hver aktivitet med en fast `date` mod planens kalender
    /// (`calendar.holidays` og `calendar.closed`) og siger, hvad den rammer: en
    /// weekend, en helligdag (fx Kristi himmelfartsdag), en dag, hvor kontorerne er
    /// lukket (juleaftensdag, nytårsaftensdag, grundlovsdag), eller en lukkeperiode.
    /// Beregnede datoer flyttes til næste arbejdsdag; faste datoer gør aldrig, så de
    /// meldes i stedet.
    ///
    /// ## Hvorfor det er vigtigt
    /// En workshop på Kristi himmelfartsdag eller midt i sommerlukningen bliver ikke
    /// til noget, som den står, og invitationerne går ud med den forkerte dato.
    ///
    /// ## Eksempel
    /// ```yaml
    /// calendar: { holidays: dk }
    /// activities:
    ///   kickoff:
    ///     date: 2027-05-06
    /// ```
    ///
    /// ## Gør i stedet
    /// ```yaml
    /// calendar: { holidays: dk }
    /// activities:
    ///   kickoff:
    ///     date: 2027-05-10
    /// ```
    "holiday-collision" => "En fast dato ligger i en weekend, på en helligdag eller en lukkedag";

    /// ## Hvad den gør
    /// Holder op med at udfolde en tilbagevendende aktivitet efter 10 000 forekomster
    /// og en hel plan efter 200 000 og melder den `every`-værdi, der var årsagen.
    /// Grænserne er faste.
    ///
    /// ## Hvorfor det er vigtigt
    /// `every: 1 dag` over en `ongoing` (løbende) fase, der varer i årtier, ville fylde
    /// kalenderne med hundredtusinder af møder, ingen holder, og gøre alle værktøjer,
    /// der læser den beregnede plan, langsomme. Det er næsten altid en fejl i enheden
    /// (`1 dag` i stedet for `1 måned`) eller en manglende slutning.
    ///
    /// ## Eksempel
    /// ```yaml
    /// horizon: 50 år
    /// phases:
    ///   forankring: { duration: løbende }
    /// activities:
    ///   tjek-ind:
    ///     phase: forankring
    ///     every: 1 dag
    /// ```
    ///
    /// ## Gør i stedet
    /// ```yaml
    /// horizon: 3 år
    /// phases:
    ///   forankring: { duration: løbende }
    /// activities:
    ///   tjek-ind:
    ///     phase: forankring
    ///     every: 1 måned
    /// ```
    "too-many-occurrences" => "En aktivitet gentages oftere, end skemalæggeren udfolder (10 000 pr. aktivitet, 200 000 pr. plan)";

    /// ## Hvad den gør
    /// Finder punkter i `allow:`-lister, der ikke har dæmpet noget fund på den enhed,
    /// og navne, der slet ikke er regler (med et forslag).
    ///
    /// ## Hvorfor det er vigtigt
    /// `allow:` er en synlig, bevidst undtagelse. Når hullet er lukket, skal
    /// undtagelsen fjernes, ellers skjuler den det næste rigtige hul.
    ///
    /// ## Eksempel
    /// ```yaml
    /// roles:
    ///   leder:
    ///     owner: [Mette Holm]
    ///     allow: [role-without-owner]
    /// ```
    ///
    /// ## Gør i stedet
    /// ```yaml
    /// roles:
    ///   leder:
    ///     owner: [Mette Holm]
    /// ```
    "unused-allow" => "En `allow:`-linje, der ikke dæmper noget";

    /// ## Hvad den gør
    /// Finder en `tovholder.toml`, der ikke kan læses som TOML (en streng eller en
    /// tabeloverskrift, der ikke lukkes, en nøgle skrevet to gange, tekst, der ikke er
    /// UTF-8). Ingen af filens indstillinger bruges: hver plan, den gælder for, tjekkes
    /// med standardniveauerne.
    ///
    /// ## Hvorfor det er vigtigt
    /// En konfiguration, der i det stille holdt op med at virke, ville ændre, hvilke
    /// fund der blokerer en sammenlægning, uden at nogen opdagede det.
    ///
    /// ## Eksempel
    /// ```toml
    /// [lints
    /// role-without-owner = "deny"
    /// ```
    ///
    /// ## Gør i stedet
    /// ```toml
    /// [lints]
    /// role-without-owner = "deny"
    /// ```
    "config-syntax" => "`tovholder.toml` er ikke gyldig TOML";

    /// ## Hvad den gør
    /// Finder nøgler og tabeller, der ikke er en del af konfigurationsformatet, og
    /// nævner den nærmeste kendte nøgle. Øverste niveau kender `preset`, `lints`,
    /// `options` og `overrides`; en override kender `paths`, `lints` og `options`;
    /// `options` kender de regler, der har indstillinger, og navnene på deres
    /// indstillinger.
    ///
    /// ## Hvorfor det er vigtigt
    /// En fejlstavet tabel (`[lint]`) ville ellers blive ignoreret, og de niveauer, den
    /// sætter, ville aldrig gælde.
    ///
    /// ## Eksempel
    /// ```toml
    /// [lint]
    /// role-without-owner = "deny"
    /// ```
    ///
    /// ## Gør i stedet
    /// ```toml
    /// [lints]
    /// role-without-owner = "deny"
    /// ```
    "config-unknown-key" => "En nøgle, `tovholder.toml` ikke kender";

    /// ## Hvad den gør
    /// Finder en værdi, `tovholder.toml` ikke kan bruge: et ukendt `preset`, en
    /// regelindstilling uden for det tilladte (`momentum-gap` `weeks` skal være et helt
    /// tal fra 1 til 104), `paths`, der ikke er en liste af strenge, eller en override
    /// uden `paths`.
    ///
    /// ## Hvorfor det er vigtigt
    /// Indstillingen ignoreres, så tjekket ville køre med andre niveauer eller
    /// indstillinger, end filen siger.
    ///
    /// ## Eksempel
    /// ```toml
    /// preset = "strikt"
    ///
    /// [options.momentum-gap]
    /// weeks = "otte"
    /// ```
    ///
    /// ## Gør i stedet
    /// ```toml
    /// preset = "strict"
    ///
    /// [options.momentum-gap]
    /// weeks = 8
    /// ```
    "config-invalid-value" => "En konfigurationsværdi af forkert type eller uden for det tilladte";

    /// ## Hvad den gør
    /// Finder et regelnavn i `[lints]` eller i en overrides `lints`, der ikke findes i
    /// kataloget, og nævner det nærmeste regelnavn (`tovholder rules` viser dem alle).
    ///
    /// ## Hvorfor det er vigtigt
    /// Et fejlstavet regelnavn sætter ingenting: reglen beholder sit standardniveau,
    /// mens filen ser ud til at sige noget andet.
    ///
    /// ## Eksempel
    /// ```toml
    /// [lints]
    /// role-without-ower = "deny"
    /// ```
    ///
    /// ## Gør i stedet
    /// ```toml
    /// [lints]
    /// role-without-owner = "deny"
    /// ```
    "config-unknown-rule" => "`tovholder.toml` nævner en regel, der ikke findes";

    /// ## Hvad den gør
    /// Finder et niveau i `[lints]`, der ikke er et af `allow` (reglen kører ikke),
    /// `warn` (en advarsel; tjekket består) eller `deny` (en fejl; tjekket fejler), og
    /// nævner det nærmeste niveau (`warning` → `warn`, `error` → `deny`, `off` →
    /// `allow`).
    ///
    /// ## Hvorfor det er vigtigt
    /// Reglen beholder sit tidligere niveau, og det var nok ikke meningen.
    ///
    /// ## Eksempel
    /// ```toml
    /// [lints]
    /// role-without-owner = "error"
    /// ```
    ///
    /// ## Gør i stedet
    /// ```toml
    /// [lints]
    /// role-without-owner = "deny"
    /// ```
    "config-invalid-level" => "Et regelniveau, der ikke er `allow`, `warn` eller `deny`";

    /// ## Hvad den gør
    /// Finder et mønster i en overrides `paths`, der ikke kan læses som et glob (en `[`
    /// eller `{`, der ikke lukkes, en `**`, der ikke er et helt led i stien). Mønstrene
    /// sammenlignes med planens sti i forhold til den mappe, der indeholder
    /// `tovholder.toml`, med `/` mellem mapperne: `*` bliver inden for én mappe, `**`
    /// går på tværs af mapper.
    ///
    /// ## Hvorfor det er vigtigt
    /// Overriden ville aldrig gælde, og de planer, den var ment til, tjekkes med de
    /// forkerte niveauer.
    ///
    /// ## Eksempel
    /// ```toml
    /// [[overrides]]
    /// paths = ["models/[ab"]
    /// lints = { role-without-owner = "allow" }
    /// ```
    ///
    /// ## Gør i stedet
    /// ```toml
    /// [[overrides]]
    /// paths = ["models/**"]
    /// lints = { role-without-owner = "allow" }
    /// ```
    "config-invalid-glob" => "Et stimønster i en override, der ikke er et gyldigt glob";

    /// ## Hvad den gør
    /// Finder et niveau sat for en regel, som konfigurationen ikke kan ændre: reglerne,
    /// der siger, at filen ikke er en plan (`yaml-syntax`, `unknown-key`,
    /// `invalid-value`, …), `unknown-reference`, `dependency-cycle` og
    /// `config-*`-reglerne. `tovholder rules` markerer dem med `(fast)`.
    ///
    /// ## Hvorfor det er vigtigt
    /// Disse fund betyder, at planen ikke kan kompileres, som den står; at slå dem fra
    /// ville skjule en ødelagt plan snarere end et valg.
    ///
    /// ## Eksempel
    /// ```toml
    /// [lints]
    /// unknown-reference = "warn"
    /// ```
    ///
    /// ## Gør i stedet
    /// Ret henvisningen i planen.
    "config-fixed-rule" => "`tovholder.toml` prøver at ændre en regel med fast niveau";

    /// ## Hvad den gør
    /// Melder en logbog nævnt i planens `log:`, som ikke kan læses: en fil, der ikke
    /// findes, en mappe, en FIFO eller en enhed, en URL, en sti uden for repositoriets
    /// rod, en fil over størrelsesgrænsen eller en fil, der ikke er UTF-8. Også en
    /// `<planfilens-navn>.log.yaml` ved siden af planen, som findes, men ikke kan læses.
    ///
    /// ## Hvorfor det er vigtigt
    /// En logbog, der ikke bliver læst, ligner en logbog, hvor intet er registreret:
    /// alle fund om opfølgningen ville være forkerte.
    ///
    /// ## Eksempel
    /// ```yaml
    /// log: [opfoelgning-2072.yaml]
    /// ```
    ///
    /// ## Gør i stedet
    /// ```yaml
    /// log: [opfoelgning-2027.yaml]
    /// ```
    "log-unavailable" => "En af planens logbøger kan ikke læses";

    /// ## Hvad den gør
    /// Melder en post i logbogen, hvis aktivitet (`held`, `cancelled`), mål
    /// (`measured`), fase (`phase_started`, `phase_completed`) eller tjekliste
    /// (`checked`) ikke findes i den samlede plan – med det nærmeste id som forslag –
    /// og en `checked`-post, hvis `item` (et nummer fra 1 eller punktets tekst)
    /// tjeklisten ikke har.
    ///
    /// ## Hvorfor det er vigtigt
    /// En post om ingenting er et møde, der ikke tæller: den gang, posten var ment
    /// for, står stadig som ikke registreret, og målingen når aldrig frem til sit mål.
    ///
    /// ## Eksempel
    /// ```yaml
    /// kind: log
    /// entries:
    ///   - { date: 2027-03-04, held: laeringsmode }
    /// ```
    ///
    /// ## Gør i stedet
    /// ```yaml
    /// kind: log
    /// entries:
    ///   - { date: 2027-03-04, held: laeringsmoede }
    /// ```
    "log-unknown-reference" => "En post i logbogen nævner et id eller et tjeklistepunkt, som planen ikke har";

    /// ## Hvad den gør
    /// Melder en post i logbogen, der er dateret efter opgørelsesdatoen (`--as-of`,
    /// ellers dags dato i Danmark eller `SOURCE_DATE_EPOCH`, når den er sat).
    ///
    /// ## Hvorfor det er vigtigt
    /// Logbogen registrerer det, der er sket; planen siger, hvad der skal ske. En post
    /// i fremtiden er en tastefejl i årstallet eller et møde, der er krydset af, før
    /// det blev holdt – og den ville få opfølgningen til at se bedre ud end
    /// virkeligheden. Derfor tæller den ikke med: opfølgningen, `status` og
    /// dokumenterne viser planen, som den stod på opgørelsesdatoen, ud fra posterne
    /// til og med den dag.
    ///
    /// ## Eksempel
    /// ```yaml
    /// entries:
    ///   - { date: 2072-03-04, held: laeringsmoede }
    /// ```
    ///
    /// ## Gør i stedet
    /// ```yaml
    /// entries:
    ///   - { date: 2027-03-04, held: laeringsmoede }
    /// ```
    "log-entry-in-future" => "En post i logbogen er dateret efter opgørelsesdatoen";

    /// ## Hvad den gør
    /// Melder en `cancelled`-post i logbogen uden `reason` (eller med en tom).
    ///
    /// ## Hvorfor det er vigtigt
    /// Aflyste møder er det første tegn på, at implementeringen mister grebet:
    /// udfordringen er ikke at komme i gang, men at holde fast, når den første
    /// begejstring har lagt sig (Fixsen m.fl., *Implementation Research: A Synthesis
    /// of the Literature*, 2005). Statusmødet hvert halve år kan kun se et mønster –
    /// sommerferie, sygdom, en omorganisering – når hver aflysning siger hvorfor.
    ///
    /// ## Eksempel
    /// ```yaml
    /// entries:
    ///   - { date: 2027-07-06, cancelled: laeringsmoede }
    /// ```
    ///
    /// ## Gør i stedet
    /// ```yaml
    /// entries:
    ///   - { date: 2027-07-06, cancelled: laeringsmoede, reason: Sommerferie }
    /// ```
    "cancelled-without-reason" => "En aflyst gang uden begrundelse";

    /// ## Hvad den gør
    /// Melder en `measured`-post i logbogen uden `source` (eller med en tom).
    ///
    /// ## Hvorfor det er vigtigt
    /// Et tal uden kilde kan ikke efterprøves og kan ikke måles igen på samme måde
    /// næste gang. Jobcentrene i Viborg dokumenterer deres indsats, så de kan tjekke,
    /// at det, de gør, fører til det, de forventer – "ellers justerer vi" (*Vis mig
    /// værdien*, Viborg Kommune, KL's ledertræf 2014). Et måls baseline angiver
    /// allerede sin kilde; det skal hver måling også.
    ///
    /// ## Eksempel
    /// ```yaml
    /// entries:
    ///   - { date: 2027-04-01, measured: borgerinddragelse, value: 48 % }
    /// ```
    ///
    /// ## Gør i stedet
    /// ```yaml
    /// entries:
    ///   - { date: 2027-04-01, measured: borgerinddragelse, value: 48 %, source: Sagsaudit 1. kvartal }
    /// ```
    "measurement-without-source" => "En måling uden kilde";

    /// ## Hvad den gør
    /// Melder en `held`- eller `cancelled`-post, der ikke passer til nogen planlagt
    /// gang af aktiviteten: for en tilbagevendende aktivitet ingen gang inden for det
    /// halve interval fra postens dato; for en enkeltstående aktivitet ingen inden for
    /// en måned fra dens planlagte vindue; eller en `planned:`-dato, hvor aktiviteten
    /// ikke er planlagt. Hjælpeteksten nævner den nærmeste planlagte dato.
    ///
    /// ## Hvorfor det er vigtigt
    /// En post, der ikke passer til noget, lader den gang, den var ment for, stå som
    /// ikke registreret – og er som regel en tastefejl i datoen eller den forkerte
    /// aktivitet. Et ekstra møde, der aldrig var planlagt, hører til i planen (eller
    /// som `adapted`).
    ///
    /// ## Eksempel
    /// ```yaml
    /// entries:
    ///   - { date: 2027-05-10, held: laeringsmoede, planned: 2027-05-05 }
    /// ```
    ///
    /// ## Gør i stedet
    /// ```yaml
    /// entries:
    ///   - { date: 2027-05-10, held: laeringsmoede, planned: 2027-05-04 }
    /// ```
    "unknown-occurrence" => "En afholdt eller aflyst gang, der ikke passer til nogen planlagt gang";

    /// ## Hvad den gør
    /// For en plan med logbog melder den hver aktivitet med planlagte gange, der er
    /// ældre end en frist (14 dage, indstillingen `occurrence_grace_days`), og som
    /// logbogen hverken registrerer som `held` eller `cancelled`: hvor mange, og den
    /// første og sidste af dem, ved aktiviteten. En plan uden logbog tjekkes ikke.
    ///
    /// ## Hvorfor det er vigtigt
    /// "Der har været løbende opfølgning og justering af implementeringen" er et af
    /// fasemålene i ICS-metoden; opfølgning begynder med at vide, om læringsmøderne
    /// blev holdt. Et møde, der ikke er registreret, er enten glemt i logbogen eller
    /// stille og roligt droppet – og stille droppede møder er dér, hvor en metode dør
    /// (Fixsen m.fl., *Implementation Research: A Synthesis of the Literature*, 2005).
    ///
    /// ## Eksempel
    /// ```yaml
    /// kind: log
    /// entries: []
    /// ```
    ///
    /// ## Gør i stedet
    /// ```yaml
    /// kind: log
    /// entries:
    ///   - { date: 2027-03-04, held: laeringsmoede, note: 9 deltagere }
    ///   - { date: 2027-05-04, cancelled: laeringsmoede, reason: Sygdom }
    /// ```
    "occurrence-not-recorded" => "Planlagte gange efter fristen, som logbogen ikke registrerer";

    /// ## Hvad den gør
    /// For en plan med logbog melder den en fase, når opgørelsesdatoen er efter fasens
    /// senest planlagte afslutning, og logbogen ikke har nogen `phase_completed` for
    /// den. Faser uden slutning (`duration: ongoing`) og faser, der slutter efter den
    /// beregnede kalender, meldes ikke.
    ///
    /// ## Hvorfor det er vigtigt
    /// En fase, der stille og roligt fortsætter, skubber alt det, der kommer efter:
    /// prognosen flytter de senere faser, først når logbogen siger, hvad der skete. At
    /// registrere en fases afslutning er også tidspunktet for at spørge, om dens
    /// målsætninger blev nået.
    ///
    /// ## Eksempel
    /// ```yaml
    /// entries:
    ///   - { date: 2027-02-01, phase_started: klar-parat-start }
    /// ```
    ///
    /// ## Gør i stedet
    /// ```yaml
    /// entries:
    ///   - { date: 2027-02-01, phase_started: klar-parat-start }
    ///   - { date: 2027-09-30, phase_completed: klar-parat-start }
    /// ```
    "phase-overrun" => "En fase efter sin senest planlagte afslutning uden phase_completed";

    /// ## Hvad den gør
    /// For en plan med logbog ser den på hvert mål med en `indicator` og melder det i
    /// to tilfælde:
    ///
    /// - **Målingsintervallet er overskredet.** Et mål skal måles hver
    ///   `measure_every` (6 måneder, når det ikke er angivet;
    ///   `[options.measurement-overdue] months`), regnet fra den seneste
    ///   `measured`-registrering – eller fra baselinens dato, når der ingen er (fra
    ///   planens start, når baselinen ingen dato har). Ved et interval (`4-6 måneder`)
    ///   gælder den længste grænse.
    /// - **Et statusmøde nærmer sig uden måling.** En aktivitet med
    ///   `status_meeting: true` er et statusmøde. Før hvert statusmøde skal hvert mål
    ///   med en indikator være målt siden statusmødet før (før det første: siden
    ///   baselinen). Reglen ser på det seneste statusmøde på eller før opgørelsesdatoen
    ///   plus 14 dage (`[options.measurement-overdue] days_before`), så den advarer to
    ///   uger før; aflyste statusmøder tæller ikke.
    ///
    /// Et mål, der hører til en fase (`phase:`), skal først måles fra fasens start
    /// (dens `phase_started`, ellers den planlagte start): et mål for forankringsfasen
    /// er ikke forfaldent, mens implementeringen stadig er ved at komme i gang.
    ///
    /// Et statusmøde genkendes på den udtrykkelige nøgle, aldrig på navn eller id:
    /// navne er fritekst på tre sprog, en nøgle kan kontrolleres.
    ///
    /// ## Hvorfor det er vigtigt
    /// Et mål, der aldrig bliver målt, er et ønske. Samskabelsesvejledningen holder et
    /// fælles statusmøde hvert halve år, og før hvert af dem et realitetstjek på hver
    /// platform (*Samskabelse med civilsamfundet – vejledning til ledere i politiet*);
    /// Viborgs jobcentre dokumenterer deres indsats for at kunne tjekke, at det, de
    /// gør, fører til det, de forventer – "ellers justerer vi" (*Vis mig værdien*,
    /// Viborg Kommune, KL's ledertræf 2014). Ingen af delene virker uden friske tal på
    /// bordet.
    ///
    /// ## Eksempel
    /// ```yaml
    /// goals:
    ///   borgerinddragelse:
    ///     indicator: Andel undersøgelser med borgerens egne ord
    ///     baseline: { value: 30 %, date: 2026-12-01 }
    ///     measure_every: 6 måneder
    /// # logbogen har ingen `measured: borgerinddragelse` siden 2026-12-01
    /// ```
    ///
    /// ## Gør i stedet
    /// ```yaml
    /// kind: log
    /// entries:
    ///   - { date: 2027-05-20, measured: borgerinddragelse, value: 41 %, source: Sagsaudit 2. kvartal }
    /// ```
    "measurement-overdue" => "Et mål, der ikke er målt inden for sit interval eller før et statusmøde";

    /// ## Hvad den gør
    /// For en plan med logbog trækker den for hvert mål den rette linje fra baselinen
    /// (`value` den `date`) til målet (`value` senest `by`) og sammenligner den
    /// seneste `measured`-værdi på eller før opgørelsesdatoen med den værdi, linjen
    /// forventer den dag. Den advarer, når målingen ligger mere end 25 % af afstanden
    /// fra baseline til mål efter linjen (`[options.goal-off-track] tolerance_percent`),
    /// og siger tallene: målingen, den forventede værdi på linjen og målet.
    ///
    /// Retningen følger af tallene: et mål under baselinen betyder, at lavere er
    /// bedre (fx ventetid i dage). Værdier læses, som de er skrevet – `48 %`, `48`,
    /// `4,5` med decimalkomma, `12 timer`; en måling i en anden enhed end baselinens
    /// sammenlignes ikke. Kvalitative mål (`kind: kvalitativ`), mål hvis baseline
    /// eller mål ikke er et tal eller mangler dato, og målinger, der ikke er tal,
    /// springes over.
    ///
    /// ## Hvorfor det er vigtigt
    /// Indsatsen dokumenteres for at kunne tjekke, at det, vi gør, fører til det, vi
    /// forventer – "ellers justerer vi" (*Vis mig værdien*, Viborg Kommune, KL's
    /// ledertræf 2014). Et mål, der driver væk fra sin linje, er signalet til at
    /// justere, og det er billigere at se efter første måling end ved fristen.
    /// Implementering tager år og går sjældent lige ud (Fixsen m.fl., *Implementation
    /// Research: A Synthesis of the Literature*, 2005), så linjen er en målestok med
    /// en tolerance, ikke en prognose.
    ///
    /// ## Eksempel
    /// ```yaml
    /// goals:
    ///   borgerinddragelse:
    ///     baseline: { value: 30 %, date: 2027-01-01 }
    ///     target: { value: 60 %, by: 2028-01-01 }
    /// # logbog: { date: 2027-07-02, measured: borgerinddragelse, value: 33 % }
    /// # linjen forventer 45 % den 2027-07-02
    /// ```
    ///
    /// ## Gør i stedet
    /// Justér indsatsen (og registrér det: `adapted: …` med en `reason`) – eller, hvis
    /// målet var urealistisk, tilpas målet og begrund hvorfor.
    "goal-off-track" => "Et måls seneste måling ligger efter linjen fra baseline til mål";

    /// ## Hvad den gør
    /// Med `tovholder check --baseline REV` (den godkendte version af planen, fx git-tagget
    /// `godkendt-styregruppe-2027-02`) sammenligner den hvert mål med det samme mål i den
    /// godkendte plan. Et mål, hvis `target.value` eller `baseline.value` er en anden end
    /// den godkendte, meldes, når logbogen har en måling af målet (en `measured:` på eller
    /// før opgørelsesdatoen). Meldingen giver den godkendte værdi, den nuværende og datoen
    /// for første måling.
    ///
    /// Begge planer sammenlignes flettet med deres model, så en værdi, modellen har
    /// ændret, tæller også. Mål, der er kommet til eller fjernet siden den godkendte plan,
    /// viser `tovholder diff`. Uden `--baseline` eller uden logbog siger reglen intet.
    /// Reglen kan ikke se, hvornår mellem godkendelsen og i dag værdien blev rettet; den
    /// melder enhver flyttet værdi for et mål, der er målt.
    ///
    /// ## Hvorfor det er vigtigt
    /// Sænkes målet, når de første tal kommer, kan ingen se, om det nås: linjen fra
    /// baseline til mål er den målestok, styregruppen godkendte. Viborgs jobcentre
    /// dokumenterer indsatsen for at tjekke, at det, de gør, fører til det, de forventer –
    /// "ellers justerer vi" (*Vis mig værdien*, Viborg Kommune, KL's ledertræf 2014) – og
    /// det er indsatsen, der justeres, åbent, ikke målestokken. Et nyt mål er en
    /// beslutning for dem, der godkendte det gamle.
    ///
    /// ## Eksempel
    /// ```yaml
    /// # godkendt (git-tag godkendt-styregruppe-2027-02):
    /// #   target: { value: 80 %, by: 2028-06-30 }
    /// goals:
    ///   borgerinddragelse:
    ///     target: { value: 60 %, by: 2028-06-30 }
    /// # logbog: { date: 2027-03-03, measured: borgerinddragelse, value: 35 % }
    /// ```
    ///
    /// ## Gør i stedet
    /// Behold det godkendte mål og skriv i logbogen, hvad der er ændret i indsatsen
    /// (`adapted:` med en `reason`) – eller få det nye mål godkendt og tag den version som
    /// ny baseline (`git tag godkendt-styregruppe-2027-09`).
    "goal-target-moved" => "Et måls målværdi eller baseline er ændret i forhold til den godkendte plan, efter at målet er målt";

    /// ## Hvad den gør
    /// For en plan med logbog ser den på, hvad der faktisk skete, og melder to ting:
    ///
    /// - **En tilbagevendende aktivitet, der er gået i stå.** De seneste gange, to
    ///   eller flere i træk (`[options.momentum-lost] occurrences`), blev aflyst
    ///   eller er ikke registreret, selv om fristen for `occurrence-not-recorded` er
    ///   overskredet (en gang, der stadig er inden for fristen, hverken tæller eller
    ///   afbryder rækken). En afholdt gang afslutter rækken.
    /// - **En startet fase, hvor intet bliver afholdt.** I en fase, der er startet
    ///   (dens `phase_started`, ellers dens planlagte start, på eller før
    ///   opgørelsesdatoen), ikke er afsluttet og ikke er forbi sin planlagte
    ///   afslutning (det melder `phase-overrun`), er perioden fra den seneste afholdte
    ///   gang – af en hvilken som helst aktivitet – eller fra fasens start og frem til
    ///   opgørelsesdatoen længere end grænsen for `momentum-gap` (10 uger,
    ///   `[options.momentum-gap] weeks`). Lukkeperioder tæller ikke med, og en gang,
    ///   der stadig er inden for fristen, tæller som afholdt.
    ///
    /// `momentum-gap` tjekker planen; denne regel tjekker virkeligheden. En plan uden
    /// logbog får den aldrig.
    ///
    /// ## Hvorfor det er vigtigt
    /// Udfordringen er ikke at komme i gang, men at fortsætte, når den første
    /// begejstring har lagt sig: implementering dør stille, ét aflyst møde ad gangen
    /// (Fixsen m.fl., *Implementation Research: A Synthesis of the Literature*, 2005).
    /// Superbrugernes læringsmøder er det, der holder en metode i live
    /// (*Superbrugerrollen i en implementeringsproces*, workshop, 2015); to aflyste i
    /// træk er tidspunktet at spørge hvorfor – ikke det tiende.
    ///
    /// ## Eksempel
    /// ```yaml
    /// kind: log
    /// entries:
    ///   - { date: 2027-03-04, held: laeringsmoede }
    ///   - { date: 2027-05-04, cancelled: laeringsmoede, reason: Sygdom }
    ///   - { date: 2027-07-05, cancelled: laeringsmoede, reason: Sommerferie }
    /// ```
    ///
    /// ## Gør i stedet
    /// Hold det næste – eller tilpas planen bevidst og sig det:
    /// ```yaml
    ///   - { date: 2027-08-01, adapted: Læringsmøderne flyttes ind i teammøderne, reason: Mødetræthed }
    /// ```
    "momentum-lost" => "Tilbagevendende aktiviteter aflyst eller uregistreret i træk, eller en startet fase uden afholdte aktiviteter";

    /// ## Hvad den gør
    /// Sammenholder hvert måls datoer med hinanden og med planen. Den advarer, når
    ///
    /// - baseline er målt (`baseline.date`) efter den dato, målet skal være nået
    ///   (`target.by`);
    /// - målet skal være nået, før planen begynder;
    /// - et kortsigtet mål (`term: kort`) først skal være nået efter planens
    ///   tidshorisont (`horizon`, dens længste udstrækning) – eller, med eller uden
    ///   tidshorisont, mere end 2 år efter planens start;
    /// - et langsigtet mål (`term: lang`) først skal være nået mere end 5 år efter
    ///   planens start.
    ///
    /// Grænserne kan indstilles (`[options.goal-dates-inconsistent] short_term_years`
    /// og `long_term_years` i `tovholder.toml`; 0 slår tjekket fra).
    ///
    /// ## Hvorfor det er vigtigt
    /// En baseline beskriver situationen, *før* arbejdet begynder (*Samskabelse med
    /// civilsamfundet – vejledning til ledere i politiet*: "beskriv en baseline … før I
    /// begynder"); en baseline målt efter måldatoen kan ikke vise fremdrift, og et mål,
    /// der ligger før starten, er nået eller forfejlet, før noget er gjort. Vejledningen
    /// beder om mål "på kortere og længere sigt"; det svenske kursus *Samverkan* (Knut,
    /// dag 2+3) regner det operative perspektiv som "indeværende år og et år frem" og
    /// det visionære som de kommende 1-5 år. Et kortsigtet mål om otte år er et
    /// langsigtet mål i forklædning, og intet statusmøde i planen kommer til at se det
    /// nået.
    ///
    /// ## Eksempel
    /// ```yaml
    /// start: 2027-01-04
    /// horizon: 2 år
    /// goals:
    ///   faerre-genhenvendelser:
    ///     term: kort
    ///     baseline: { value: 40 %, date: 2027-03-01 }
    ///     target: { value: 25 %, by: 2026-12-31 }
    /// ```
    ///
    /// ## Gør i stedet
    /// ```yaml
    /// start: 2027-01-04
    /// horizon: 2 år
    /// goals:
    ///   faerre-genhenvendelser:
    ///     term: kort
    ///     baseline: { value: 40 %, date: 2026-12-01 }
    ///     target: { value: 25 %, by: 2028-06-30 }
    /// ```
    "goal-dates-inconsistent" => "Et måls datoer modsiger hinanden, planens start, dens tidshorisont eller målets sigte";

    /// ## Hvad den gør
    /// Melder hvert spor (en udviklingsplatform, et team, en træningsgruppe), der ikke
    /// har nogen `owner`: den rolle, der holder i trådene for sporet.
    ///
    /// ## Hvorfor det er vigtigt
    /// Samskabelsesvejledningen giver hver udviklingsplatform sin egen tovholder, der
    /// indkalder til møderne, holder aktørerne sammen og følger op på målene
    /// (*Samskabelse med civilsamfundet – vejledning til ledere i politiet*). En
    /// platform uden tovholder er en platform, hvis møder ingen indkalder til; en
    /// træningsgruppe af sagsbehandlere uden en ansvarlig går i stå efter første gang
    /// (*God sagsbehandling på ældreområdet – implementering af metode til god
    /// sagsbehandling*, 2007).
    ///
    /// ## Eksempel
    /// ```yaml
    /// tracks:
    ///   natteliv:
    ///     name: Natteliv
    ///     members: [Restauratører, Politiet]
    /// ```
    ///
    /// ## Gør i stedet
    /// ```yaml
    /// roles:
    ///   tovholder-natteliv: { name: Tovholder for nattelivsplatformen, owner: Per Holm }
    /// tracks:
    ///   natteliv:
    ///     name: Natteliv
    ///     owner: tovholder-natteliv
    ///     members: [Restauratører, Politiet]
    /// ```
    "track-without-owner" => "Et spor uden ejer";

    /// ## Hvad den gør
    /// Tæller målene for hvert spor — de mål, hvis `track:` nævner det, plus en models
    /// målskabeloner (`per: track`), som hvert spor får — og advarer, når et spor har
    /// færre end 3 eller flere end 5 (indstillingerne `min` og `max` under
    /// `[options.track-without-goals]`).
    ///
    /// ## Hvorfor det er vigtigt
    /// Samskabelsesvejledningen beder hver udviklingsplatform om at sætte sig 3-5 mål:
    /// få nok til, at aktørerne kan følge op på dem alle på det halvårlige statusmøde,
    /// mange nok til, at platformen ved, hvad den er til for (*Samskabelse med
    /// civilsamfundet – vejledning til ledere i politiet*). En platform uden mål har
    /// møder, men ingen retning, og beslutningen om at lukke den eller sætte den i bero
    /// kan ikke begrundes i resultater.
    ///
    /// ## Eksempel
    /// ```yaml
    /// tracks:
    ///   natteliv: { name: Natteliv, owner: tovholder-natteliv }
    /// goals:
    ///   trygt-natteliv: { statement: Færre voldsepisoder i nattelivet, track: natteliv }
    /// ```
    ///
    /// ## Gør i stedet
    /// ```yaml
    /// tracks:
    ///   natteliv: { name: Natteliv, owner: tovholder-natteliv }
    /// goals:
    ///   trygt-natteliv: { statement: Færre voldsepisoder i nattelivet, track: natteliv }
    ///   flere-natteravne: { statement: Natteravne hver weekend, track: natteliv }
    ///   faelles-indsats: { statement: Restauratører og politi mødes hver måned, track: natteliv }
    /// ```
    "track-without-goals" => "Et spor med færre eller flere egne mål, end vejledningen anbefaler (3-5)";

    /// ## Hvad den gør
    /// Melder en aktivitet, hvis `after` eller `before` nævner en aktivitet i et spor,
    /// der er lukket eller lagt sammen med et andet spor (en dateret `state: closed`
    /// eller `state: merged` uden en senere `active`), når den aktivitet ikke har nogen
    /// forekomst tilbage i planen: aktiviteten venter på noget, der aldrig sker, og
    /// dens dato er regnet ud fra et møde, ingen holder.
    ///
    /// ## Hvorfor det er vigtigt
    /// Udviklingsplatforme lukker, sættes i bero og lægges sammen, efterhånden som
    /// arbejdet skrider frem (*Samskabelse med civilsamfundet – vejledning til ledere
    /// i politiet*). Et koordinatormøde, der er planlagt "når alle platforme har holdt
    /// deres første møde", venter stadig på den platform, der lukkede, før den mødtes,
    /// og planen viser en dato, der ikke hviler på noget.
    ///
    /// ## Eksempel
    /// ```yaml
    /// tracks:
    ///   unge:
    ///     owner: tovholder-unge
    ///     states: [{ from: 2027-01-01, state: lukket, reason: Ingen deltagere }]
    /// activities:
    ///   foerste-moede-unge: { phase: drift, track: unge, at: 2 måneder }
    ///   koordinatormoede: { phase: drift, after: foerste-moede-unge + 1 måned }
    /// ```
    ///
    /// ## Gør i stedet
    /// ```yaml
    /// activities:
    ///   foerste-moede-natteliv: { phase: drift, track: natteliv, at: 2 måneder }
    ///   koordinatormoede: { phase: drift, after: foerste-moede-natteliv + 1 måned }
    /// ```
    "waits-for-missing" => "En aktivitet venter på en aktivitet i et lukket eller sammenlagt spor";
}
