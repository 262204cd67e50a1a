//! Rule summaries and documentation in Swedish, translated from the rules' doc comments.

use crate::messages::rule_docs;

rule_docs! {
    /// ## Vad den gör
    /// Hittar YAML som inte går att läsa in: en parentes som aldrig stängs, ett
    /// tabbtecken som indrag, fel indrag, mer än 24 nivåer i varandra eller alias som
    /// växer över budgeten ("billion laughs").
    ///
    /// ## Varför det spelar roll
    /// Ingenting annat kan kontrolleras förrän filen går att läsa in.
    ///
    /// ## Exempel
    /// ```yaml
    /// phases: [beslut, start
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```yaml
    /// phases: [beslut, start]
    /// ```
    "yaml-syntax" => "Filen är inte giltig YAML";

    /// ## Vad den gör
    /// Hittar filer som inte är UTF-8: UTF-16 (ofta från Windowsprogram), Latin-1 eller
    /// binärdata. Ett byte order mark för UTF-8 godtas.
    ///
    /// ## Varför det spelar roll
    /// Svenska och danska bokstäver (å, ä, ö, æ, ø) klarar sig bara i UTF-8.
    ///
    /// ## Exempel
    /// En plan som sparats som "Unicode" i Anteckningar (UTF-16).
    ///
    /// ## Gör så här i stället
    /// Spara filen som UTF-8.
    "file-encoding" => "Filen är inte UTF-8-text";

    /// ## Vad den gör
    /// Avvisar filer över 16 MiB utan att läsa dem.
    ///
    /// ## Varför det spelar roll
    /// Ingen verklig plan är så stor; gränsen hindrar att en felaktig sökväg (en logg,
    /// en dump) tar slut på minnet.
    ///
    /// ## Exempel
    /// `tovholder check stor-export.yaml` på en fil på 60 MB.
    ///
    /// ## Gör så här i stället
    /// Dela upp planen i en modell och planer som använder den.
    "file-too-large" => "Filen är större än gränsen på 16 MiB";

    /// ## Vad den gör
    /// Hittar en fil utan innehåll (eller med bara kommentarer).
    ///
    /// ## Varför det spelar roll
    /// En tom plan är oftast en fil som sparats för tidigt eller en felaktig sökväg.
    ///
    /// ## Exempel
    /// En tom `plan.yaml`.
    ///
    /// ## Gör så här i stället
    /// Börja från `tovholder init --model models/ics.yaml`.
    "empty-file" => "Filen är tom";

    /// ## Vad den gör
    /// Hittar en `---`-avgränsare som följs av ett andra dokument.
    ///
    /// ## Varför det spelar roll
    /// En plan är ett dokument; ett andra dokument skulle andra verktyg tyst hoppa
    /// över.
    ///
    /// ## Exempel
    /// ```yaml
    /// id: a
    /// ---
    /// id: b
    /// ```
    ///
    /// ## Gör så här i stället
    /// En plan per fil.
    "multiple-documents" => "Filen innehåller mer än ett YAML-dokument";

    /// ## Vad den gör
    /// Hittar nycklar som inte ingår i planspråket och föreslår den närmaste kända
    /// nyckeln.
    ///
    /// ## Varför det spelar roll
    /// En felstavad nyckel (`exit_critera`) skulle annars hoppas över och uppgiften gå
    /// förlorad.
    ///
    /// ## Exempel
    /// ```yaml
    /// phases:
    ///   beslut: { duration: 1-3 månader, exit_critera: [Beslut fattat] }
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```yaml
    /// phases:
    ///   beslut: { duration: 1-3 månader, exit_criteria: [Beslut fattat] }
    /// ```
    "unknown-key" => "En nyckel som planspråket inte känner till";

    /// ## Vad den gör
    /// Hittar ett värde av fel YAML-typ: en lista där det ska stå text, ett tal där det
    /// ska stå en mappning.
    ///
    /// ## Varför det spelar roll
    /// Värdet kan inte användas som det är skrivet.
    ///
    /// ## Exempel
    /// ```yaml
    /// roles:
    ///   superanvandare: [Anna]
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```yaml
    /// roles:
    ///   superanvandare: { owner: [Anna] }
    /// ```
    "invalid-type" => "Ett värde av fel typ";

    /// ## Vad den gör
    /// Hittar varaktigheter, intervall, längder, timmar, datum och klockslag som inte
    /// går att tolka, till exempel `3 månder` eller `2027-02-30`, med ett förslag när
    /// det finns ett som ligger nära.
    ///
    /// ## Varför det spelar roll
    /// Tidsplanen byggs av de här värdena.
    ///
    /// ## Exempel
    /// ```yaml
    /// duration: 3 månder
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```yaml
    /// duration: 3 månader
    /// ```
    "invalid-value" => "Ett värde som inte går att tolka";

    /// ## Vad den gör
    /// Hittar id med andra tecken än små bokstäver, siffror och enkla bindestreck (till
    /// exempel mellanslag, `/` eller `..`).
    ///
    /// ## Varför det spelar roll
    /// Id blir filnamn och kalender-UID; en sökväg i ett id skulle kunna styra utdata
    /// utanför sin mapp.
    ///
    /// ## Exempel
    /// ```yaml
    /// roles:
    ///   ../chef: { name: Enhetschef }
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```yaml
    /// roles:
    ///   chef: { name: Enhetschef }
    /// ```
    "invalid-id" => "Ett id som inte är skrivet med små bokstäver och bindestreck";

    /// ## Vad den gör
    /// Hittar en plan utan `id` eller `title` och en fas utan `duration`.
    ///
    /// ## Varför det spelar roll
    /// Dokumenten behöver en titel, filer och kalendrar ett id och tidsplanen en
    /// varaktighet för varje fas.
    ///
    /// ## Exempel
    /// ```yaml
    /// phases:
    ///   beslut: { name: Beslut }
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```yaml
    /// phases:
    ///   beslut: { name: Beslut, duration: 1-3 månader }
    /// ```
    "missing-key" => "En obligatorisk nyckel saknas";

    /// ## Vad den gör
    /// Hittar en nyckel som står två gånger i samma mappning och markerar båda.
    ///
    /// ## Varför det spelar roll
    /// Bara det ena värdet kan gälla; det andra försvinner i de flesta verktyg utan
    /// förvarning.
    ///
    /// ## Exempel
    /// ```yaml
    /// beslut: { duration: 1-3 månader, duration: 2 månader }
    /// ```
    ///
    /// ## Gör så här i stället
    /// Behåll den ena.
    "duplicate-key" => "Samma nyckel två gånger i en mappning";

    /// ## Vad den gör
    /// Hittar två poster med samma id i ett avsnitt och markerar båda definitionerna.
    ///
    /// ## Varför det spelar roll
    /// Hänvisningar till id:t blir tvetydiga, och den ena definitionen går förlorad.
    ///
    /// ## Exempel
    /// ```yaml
    /// activities:
    ///   larandetraff: { phase: genomforande, every: 2 månader }
    ///   larandetraff: { phase: drift, every: 3 månader }
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```yaml
    /// activities:
    ///   larandetraff: { phases: [genomforande, drift], every: 2 månader }
    /// ```
    "duplicate-id" => "Två poster med samma id";

    /// ## Vad den gör
    /// Hittar en fil som innehåller mer än tovholder sparar av den: fler än 200 000
    /// poster i en plan (alla avsnitt tillsammans) eller i en loggbok — resten läses
    /// som YAML men används inte — och fler än 10 000 fynd från ett steg i
    /// kontrollen (inläsningen, reglerna), varefter fynden bara räknas. Summeringen är
    /// ett fynd på samma nivå som det allvarligaste fynd som inte sparades, så att
    /// slutkoden och antalet fel och varningar fortfarande stämmer.
    ///
    /// ## Varför det spelar roll
    /// En plan med 100 000 poster är redan långt större än någon verklig plan; en fil
    /// över gränserna är en export eller en genererad fil, och att läsa allt skulle
    /// kosta flera gigabyte minne. Det som inte läses kontrolleras inte heller: planen
    /// som kontrolleras är inte den plan som står i filen.
    ///
    /// ## Exempel
    /// ```yaml
    /// activities:
    ///   a1: {}
    ///   # … 1 500 000 till
    /// ```
    ///
    /// ## Gör så här i stället
    /// Dela upp planen i en modell och planer som använder den, och loggboken i en fil
    /// per år (`log:` kan ange flera). Åtgärda de första fynden och kontrollera igen.
    "limit-exceeded" => "Fler poster eller fynd i en fil än tovholder sparar";

    /// ## Vad den gör
    /// Hittar en sökväg i `uses` som inte finns, är en mapp, en FIFO eller en
    /// enhetsfil, lämnar projektets rot (närmaste mapp med `.git` eller
    /// `tovholder.toml`) utan `--allow-outside-root`, eller pekar på en modell som
    /// själv innehåller fel.
    ///
    /// ## Varför det spelar roll
    /// En plan som använder en modell är hel först tillsammans med modellen;
    /// kontrolleras den utan skulle den rapportera luckor som inte finns och missa dem
    /// som finns.
    ///
    /// ## Exempel
    /// ```yaml
    /// uses: ../../../../etc/passwd
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```yaml
    /// uses: ../models/samverkan.yaml
    /// ```
    "model-unavailable" => "Modellen i `uses` går inte att läsa eller innehåller fel";

    /// ## Vad den gör
    /// Hittar en modell som (via andra modeller) använder sig själv, och kedjor av
    /// modeller som är djupare än 8.
    ///
    /// ## Varför det spelar roll
    /// En cirkel har ingen botten: det finns ingen modell att börja sammanslagningen
    /// från.
    ///
    /// ## Exempel
    /// ```yaml
    /// # a.yaml
    /// kind: model
    /// uses: b.yaml
    /// # b.yaml
    /// kind: model
    /// uses: a.yaml
    /// ```
    ///
    /// ## Gör så här i stället
    /// Låt den ena modellen vara grunden och den andra bygga vidare på den.
    "uses-cycle" => "Modeller som använder varandra i en cirkel, eller en för lång kedja";

    /// ## Vad den gör
    /// Jämför `uses: {path, version}` med modellens `version:`. `1.x` matchar varje
    /// 1.y.z, `1.4` varje 1.4.z; en modell utan version matchar aldrig ett låst
    /// versionskrav.
    ///
    /// ## Varför det spelar roll
    /// När en modell ändras på ett sätt som inte är bakåtkompatibelt får varje kommuns
    /// plan som är låst till den gamla versionen besked om att se över den, i stället
    /// för att tyst ändras.
    ///
    /// ## Exempel
    /// ```yaml
    /// uses: { path: ../models/samverkan.yaml, version: "2.x" }   # modellen är 1.0.0
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```yaml
    /// uses: { path: ../models/samverkan.yaml, version: "1.x" }
    /// ```
    "model-version-mismatch" => "Modellens version stämmer inte med den version planen kräver";

    /// ## Vad den gör
    /// Hittar id under `remove:` som inte finns i modellen och nämner det närmaste id
    /// som modellen har.
    ///
    /// ## Varför det spelar roll
    /// Ett stavfel i en borttagning behåller den post som planen ville bli av med.
    ///
    /// ## Exempel
    /// ```yaml
    /// remove: { activities: [larandetraf] }
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```yaml
    /// remove: { activities: [larandetraff] }
    /// ```
    "unknown-removal" => "`remove` nämner ett id som modellen inte har";

    /// ## Vad den gör
    /// Hittar en `uses` som pekar på en plan (eller någon annan fil utan `kind:
    /// model`).
    ///
    /// ## Varför det spelar roll
    /// En plan innehåller en kommuns datum och namn; används den som mall kopieras de
    /// in i en annan kommuns plan.
    ///
    /// ## Exempel
    /// ```yaml
    /// uses: ../norrby/plan.yaml
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```yaml
    /// uses: ../models/samverkan.yaml
    /// ```
    "not-a-model" => "`uses` pekar på en fil som inte är `kind: model`";

    /// ## Vad den gör
    /// En post i planen med ett nytt id läggs till modellens poster; när det nya id:t
    /// nästan är detsamma som ett av modellens var avsikten troligen att ändra det.
    /// Regeln rapporterar det tillsammans med modellens id.
    ///
    /// ## Varför det spelar roll
    /// Den felstavade ändringen lämnar modellens post oförändrad och lägger till en
    /// nästan-dubblett — två lärandeträffar i kalendern i stället för en ändrad.
    ///
    /// ## Exempel
    /// ```yaml
    /// activities:
    ///   larandetraf: { every: 1 månad }   # modellen har larandetraff
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```yaml
    /// activities:
    ///   larandetraff: { every: 1 månad }
    /// ```
    "override-unknown-id" => "En ny post vars id liknar ett i modellen: troligen en felstavad ändring";

    /// ## Vad den gör
    /// Kontrollerar varje hänvisning i planen — `responsible`, `participants`, `owner`
    /// och `reports_to` (roller), `after`, `phase` och `phases` (faser), aktiviteters
    /// `after` (aktiviteter), `contributes_to` (mål) och `audience` (intressenter) —
    /// och rapporterar id som inte finns, med förslag på det närmaste id som finns.
    ///
    /// ## Varför det spelar roll
    /// Ett skrivfel i en hänvisning tar tyst bort en person från ett möte eller ett
    /// möte från en fas; dokumenten blir fel utan att någon märker det.
    ///
    /// ## Exempel
    /// ```yaml
    /// activities:
    ///   larandetraff:
    ///     phase: genomforande
    ///     responsible: superanvandre
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```yaml
    /// activities:
    ///   larandetraff:
    ///     phase: genomforande
    ///     responsible: superanvandare
    /// ```
    "unknown-reference" => "En hänvisning till en roll, fas, aktivitet, ett mål eller en intressent som inte finns";

    /// ## Vad den gör
    /// Hittar cirklar i tidsberoendena — fasers `after`-listor och aktiviteters
    /// `after`-hänvisningar — och rapporterar varje cirkel en gång, med varje steg
    /// namngivet och varje koppling markerad. Mål vars `contributes_to`-listor går i en
    /// cirkel rapporteras på samma sätt.
    ///
    /// ## Varför det spelar roll
    /// En cirkel går inte att lägga in i en tidsplan: ingen av faserna i den kan
    /// någonsin börja. En förändringsteori som går i en cirkel har inget processmål att
    /// börja från.
    ///
    /// ## Exempel
    /// ```yaml
    /// phases:
    ///   genomforande: { after: [drift], duration: 1 år }
    ///   drift: { after: [genomforande], duration: löpande }
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```yaml
    /// phases:
    ///   genomforande: { after: [start], duration: 1 år }
    ///   drift: { after: [genomforande], duration: löpande }
    /// ```
    "dependency-cycle" => "Faser eller aktiviteter som väntar på varandra i en cirkel";

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

    /// ## Vad den gör
    /// Hittar aktiviteter utan `responsible`-roll, eller med en tom. Modeller
    /// kontrolleras också: en modell namnger roller och kan därför säga vilken roll som
    /// ansvarar för varje aktivitet.
    ///
    /// ## Varför det spelar roll
    /// Aktivitetsplanen i den danska vägledningen om god handläggning inom
    /// äldreomsorgen (*God sagsbehandling på ældreområdet*, Styrelsen for
    /// Specialrådgivning og Social Service, 2007) svarar på fyra frågor för varje
    /// aktivitet: vad, när, vem deltar — och vem ansvarar. Ett möte som ingen ansvarar
    /// för är ett möte som ingen kallar till; lärandeträffarna, uppföljningarna och
    /// nyhetsbreven är just det som försvinner när den första entusiasmen har lagt sig.
    ///
    /// ## Exempel
    /// ```yaml
    /// activities:
    ///   larandetraff:
    ///     name: Arbetsplatsträff med fokus på lärande
    ///     phases: [genomforande, drift]
    ///     every: 2 månader
    ///     participants: [handlaggare]
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```yaml
    /// activities:
    ///   larandetraff:
    ///     name: Arbetsplatsträff med fokus på lärande
    ///     phases: [genomforande, drift]
    ///     every: 2 månader
    ///     responsible: superanvandare
    ///     participants: [handlaggare]
    /// ```
    "activity-without-responsible" => "En aktivitet utan ansvarig roll";

    /// ## Vad den gör
    /// Hittar mål i en plan utan `owner`-roll, eller med en tom. Modeller är
    /// undantagna: vem som följer upp ett mål bestämmer varje kommun själv.
    ///
    /// ## Varför det spelar roll
    /// I vägledningen om god handläggning inom äldreomsorgen (*God sagsbehandling på
    /// ældreområdet*, 2007) sätter högsta ledningen målen och närmaste chefer följer
    /// upp dem; jobbcentret i Viborg (*Vis mig værdien*, 2014) kontrollerar fortlöpande
    /// om det som görs leder till det som förväntas, och justerar. Ett mål som ingen
    /// äger följs inte upp av någon, och då märker ingen när planen behöver ändras.
    ///
    /// ## Exempel
    /// ```yaml
    /// goals:
    ///   delaktighet:
    ///     statement: Den enskilde är delaktig i handläggningen
    ///     indicator: Andel ärenden med dokumenterad delaktighet
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```yaml
    /// goals:
    ///   delaktighet:
    ///     statement: Den enskilde är delaktig i handläggningen
    ///     indicator: Andel ärenden med dokumenterad delaktighet
    ///     owner: enhetschef
    /// ```
    "goal-without-owner" => "Ett mål utan ägare";

    /// ## Vad den gör
    /// Hittar faser utan `exit_criteria`, eller med bara tomma. Modeller kontrolleras
    /// också: kriterierna hör till metoden.
    ///
    /// ## Varför det spelar roll
    /// Den danska workshopen om superanvändarrollen (*Superbrugerrollen i en
    /// implementeringsproces*, 2015) ger varje fas både kännetecken (vad som händer)
    /// och mål (vad som ska vara på plats för att fasen ska vara klar). Utan
    /// klarkriterier kan ingen avgöra om verksamheten är redo för nästa fas, och en fas
    /// drar antingen ut på tiden eller förklaras klar trots att grundarbetet saknas.
    ///
    /// ## Exempel
    /// ```yaml
    /// phases:
    ///   forberedelse:
    ///     name: Förberedelse
    ///     after: [beslut]
    ///     duration: 8 månader
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```yaml
    /// phases:
    ///   forberedelse:
    ///     name: Förberedelse
    ///     after: [beslut]
    ///     duration: 8 månader
    ///     exit_criteria:
    ///       - Projektorganisationen är på plats
    ///       - Kommunikationsplanen är framtagen
    /// ```
    "phase-without-exit-criteria" => "En fas utan klarkriterier";

    /// ## Vad den gör
    /// I en plan hittar den mål där `baseline` saknas eller saknar `value` eller
    /// `date`: ett utgångsläge är en mätning, och en mätning har ett värde och en dag
    /// då den gjordes.
    ///
    /// I en modell hittar den mål helt utan `baseline`, eller med ett som varken anger
    /// `source` eller `value`. En modell har inga datum och mäter ingenting, men den
    /// bör åtminstone säga var siffran ska hämtas (`source: Ärendegranskning`); varje
    /// plan som använder modellen fyller sedan i värdet och datumet.
    ///
    /// ## Varför det spelar roll
    /// Den danska polisens vägledning om samskapande med civilsamhället (*Samskabelse
    /// med civilsamfundet – vejledning til ledere i politiet*) är tydlig: varje mål får
    /// ett utgångsläge *innan arbetet börjar*. Utan det kan ingen i efterhand säga om
    /// implementeringen har gjort någon skillnad, och frågan från jobbcentret i Viborg
    /// (*Vis mig værdien*, 2014) — leder det vi gör till det vi förväntar oss? — går
    /// inte att besvara.
    ///
    /// ## Exempel
    /// ```yaml
    /// goals:
    ///   delaktighet:
    ///     statement: Den enskilde är delaktig i handläggningen
    ///     indicator: Andel ärenden med dokumenterad delaktighet
    ///     baseline: { source: Ärendegranskning }
    ///     target: { value: 80 %, by: 2028-06-30 }
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```yaml
    /// goals:
    ///   delaktighet:
    ///     statement: Den enskilde är delaktig i handläggningen
    ///     indicator: Andel ärenden med dokumenterad delaktighet
    ///     baseline: { value: 40 %, date: 2026-11-01, source: Ärendegranskning }
    ///     target: { value: 80 %, by: 2028-06-30 }
    /// ```
    "goal-without-baseline" => "Ett mål utan utgångsläge (i en plan: inget värde och datum; i en modell: ingen källa)";

    /// ## Vad den gör
    /// Hittar mål utan `indicator`, eller med en tom, i planer och modeller: hur ett
    /// mål mäts är en del av metoden.
    ///
    /// ## Varför det spelar roll
    /// Jobbcentret i Viborg (*Vis mig værdien*, 2014) dokumenterar sitt arbete för att
    /// kunna kontrollera att det som görs leder till det som förväntas; den kontrollen
    /// kräver ett namngivet mått. Kvalitativa mål och hypoteser (som i polisens
    /// vägledning om samskapande) behöver också ett — intervjuer, observationer, ett
    /// beskrivet scenario — annars går utgångsläget och målvärdet inte att jämföra.
    ///
    /// ## Exempel
    /// ```yaml
    /// goals:
    ///   delaktighet:
    ///     statement: Den enskilde är delaktig i handläggningen
    ///     kind: quantitative
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```yaml
    /// goals:
    ///   delaktighet:
    ///     statement: Den enskilde är delaktig i handläggningen
    ///     kind: quantitative
    ///     indicator: Andel ärenden med dokumenterad delaktighet
    /// ```
    "goal-without-indicator" => "Ett mål utan indikator";

    /// ## Vad den gör
    /// I en plan hittar den mål där `target` saknas eller saknar `value` eller ett
    /// `by`-datum. I en modell hittar den mål där `target` saknar `value`: modellen
    /// säger vad som ska nås, varje plan säger när.
    ///
    /// ## Varför det spelar roll
    /// Polisens vägledning om samskapande (*Samskabelse med civilsamfundet – vejledning
    /// til ledere i politiet*) efterfrågar 3–5 mål per plattform, på kort och lång
    /// sikt, och jobbcentret i Viborg (*Vis mig værdien*, 2014) går från processmål
    /// till resultatmål. Ett mål blir ett resultatmål först när det säger vilken nivå
    /// som ska nås och när; utan målvärde finns det inget att följa upp och ingen
    /// tidpunkt för att justera planen.
    ///
    /// ## Exempel
    /// ```yaml
    /// goals:
    ///   delaktighet:
    ///     statement: Den enskilde är delaktig i handläggningen
    ///     indicator: Andel ärenden med dokumenterad delaktighet
    ///     baseline: { value: 40 %, date: 2026-11-01, source: Ärendegranskning }
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```yaml
    /// goals:
    ///   delaktighet:
    ///     statement: Den enskilde är delaktig i handläggningen
    ///     indicator: Andel ärenden med dokumenterad delaktighet
    ///     baseline: { value: 40 %, date: 2026-11-01, source: Ärendegranskning }
    ///     target: { value: 80 %, by: 2028-06-30 }
    /// ```
    "goal-without-target" => "Ett mål utan målvärde (i en plan: inget värde och datum; i en modell: inget värde)";

    /// ## Vad den gör
    /// Hittar mål som ingen aktivitet anger i `contributes_to`, i planer och modeller.
    /// Ett mål kan också matas av andra mål (ett processmåls `contributes_to:
    /// [resultatmal]`): ett resultatmål som processmål med aktiviteter leder till är inget
    /// hål; ett mål som bara nås via en kedja vars början saknar aktivitet är det fortfarande.
    ///
    /// ## Varför det spelar roll
    /// Jobbcentret i Viborg (*Vis mig værdien*, 2014) bygger sitt arbete på en
    /// förändringsteori: aktiviteterna dokumenteras så att man kan kontrollera att vi
    /// gör det vi säger att vi gör, och att det vi gör leder till det vi förväntar oss.
    /// Ett mål som ingen aktivitet bidrar till är ett hål i den teorin — planen hoppas
    /// på ett resultat utan att planera något som kan leda dit.
    ///
    /// ## Exempel
    /// ```yaml
    /// activities:
    ///   larandetraff:
    ///     phases: [genomforande, drift]
    ///     every: 2 månader
    ///     responsible: superanvandare
    /// goals:
    ///   delaktighet:
    ///     statement: Den enskilde är delaktig i handläggningen
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```yaml
    /// activities:
    ///   larandetraff:
    ///     phases: [genomforande, drift]
    ///     every: 2 månader
    ///     responsible: superanvandare
    ///     contributes_to: [delaktighet]
    /// goals:
    ///   delaktighet:
    ///     statement: Den enskilde är delaktig i handläggningen
    /// ```
    "goal-without-activity" => "Ett mål som ingen aktivitet bidrar till";

    /// ## Vad den gör
    /// Hittar faser som ingen aktivitet anger i `phase` eller `phases`, i planer och
    /// modeller.
    ///
    /// ## Varför det spelar roll
    /// En fas beskrivs av det som händer i den: den danska workshopen om
    /// superanvändarrollen (*Superbrugerrollen i en implementeringsproces*, 2015)
    /// räknar upp varje fas kännetecken, och vägledningen om god handläggning inom
    /// äldreomsorgen (*God sagsbehandling på ældreområdet*, 2007) gör dem till en
    /// aktivitetsplan — vilka aktiviteter, när, vem deltar, vem ansvarar. En fas utan
    /// aktiviteter har ett namn och en varaktighet men inget som någon faktiskt ska
    /// göra; årshjulet och kalendrarna står tomma under hela fasen.
    ///
    /// ## Exempel
    /// ```yaml
    /// phases:
    ///   drift: { after: [genomforande], duration: löpande }
    /// activities:
    ///   larandetraff:
    ///     phase: genomforande
    ///     every: 2 månader
    ///     responsible: superanvandare
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```yaml
    /// phases:
    ///   drift: { after: [genomforande], duration: löpande }
    /// activities:
    ///   larandetraff:
    ///     phases: [genomforande, drift]
    ///     every: 2 månader
    ///     responsible: superanvandare
    /// ```
    "phase-without-activities" => "En fas utan aktiviteter";

    /// ## Vad den gör
    /// Hittar roller som ingenting hänvisar till: ingen aktivitet har dem som
    /// `responsible` eller i `participants`, ingen fas, inget mål, ingen checklista och
    /// ingen checklistpunkt har dem som `owner`, och ingen annan roll har dem i
    /// `reports_to`. Planer och modeller kontrolleras.
    ///
    /// ## Varför det spelar roll
    /// En rollbeskrivning talar om för den som har rollen vad rollen gör i varje fas
    /// och vilka möten den leder och deltar i. Det är just där den danska workshopen om
    /// superanvändarrollen (*Superbrugerrollen i en implementeringsproces*, 2015)
    /// lägger kraften: en superanvändare med mandat, avsatt tid och tydliga uppgifter.
    /// En roll som inte förekommer någonstans i planen får en tom rollbeskrivning — tid
    /// avsatt för ingenting, eller en roll som någon glömt att planera för.
    ///
    /// ## Exempel
    /// ```yaml
    /// roles:
    ///   superanvandare: { name: Superanvändare, owner: [Anna Andersson] }
    /// activities:
    ///   larandetraff: { phase: genomforande, every: 2 månader, responsible: chef }
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```yaml
    /// roles:
    ///   superanvandare: { name: Superanvändare, owner: [Anna Andersson] }
    /// activities:
    ///   larandetraff:
    ///     phase: genomforande
    ///     every: 2 månader
    ///     responsible: chef
    ///     participants: [superanvandare]
    /// ```
    "unused-role" => "En roll som aldrig är ansvarig, deltagare, ägare eller rapporteras till";

    /// ## Vad den gör
    /// Hittar intressenter som ingen aktivitet anger i `audience`, i planer och
    /// modeller.
    ///
    /// ## Varför det spelar roll
    /// Vägledningen om god handläggning inom äldreomsorgen (*God sagsbehandling på
    /// ældreområdet*, 2007) efterfrågar en kommunikationsplan — vad, till vem, när,
    /// genom vilken kanal — och dess checklista frågar "Är samarbetspartnerna
    /// informerade?". Utförare, läkare, sjukhus, invånare och politiker som står som
    /// intressenter men aldrig nås får höra talas om den nya metoden av en slump, eller
    /// inte alls. Kommunikation är en aktivitet med en målgrupp, så planen säger när
    /// varje intressent får veta.
    ///
    /// ## Exempel
    /// ```yaml
    /// stakeholders:
    ///   utforare: { name: Kommunala och privata utförare }
    /// activities:
    ///   startmote: { phase: genomforande, at: 2 veckor, responsible: chef }
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```yaml
    /// stakeholders:
    ///   utforare: { name: Kommunala och privata utförare }
    /// activities:
    ///   startmote: { phase: genomforande, at: 2 veckor, responsible: chef }
    ///   information-utforare:
    ///     phase: genomforande
    ///     at: 4 veckor
    ///     audience: [utforare]
    ///     channel: Broschyr
    ///     responsible: chef
    /// ```
    "stakeholder-never-informed" => "En intressent som ingen aktivitet informerar";

    /// ## Vad den gör
    /// Tittar på planens sista faser — de faser som ingen annan fas kommer `after` —
    /// och rapporterar planen när ingen av dem är `ongoing` (löpande) och ingen
    /// återkommande aktivitet (en med `every`) hör till någon av dem. Planer och
    /// modeller kontrolleras. Det är en iakttagelse på plannivå: tysta den med `allow:`
    /// överst i filen.
    ///
    /// ## Varför det spelar roll
    /// Källorna är eniga om att en implementering vinns eller förloras efter starten.
    /// Den danska workshopen om superanvändarrollen (*Superbrugerrollen i en
    /// implementeringsproces*, 2015) citerar Fixsen m.fl. (*Implementation Research: A
    /// Synthesis of the Literature*, 2005): med fokus på implementering lyckas 80 %
    /// inom 3 år, utan det 14 % inom 17 år — och "utmaningen är inte att börja utan att
    /// fortsätta efter den första entusiasmen". Dess sista fas, förankring, löper från
    /// ett år och framåt utan slut, och lärandeträffarna läggs in i ett årshjul så att
    /// de fortsätter att komma. Motivationskurvan i vägledningen om god handläggning
    /// inom äldreomsorgen (*God sagsbehandling på ældreområdet*, 2007) slutar i
    /// förankring, och kursen *Samverkan* (Knut, dag 2+3) slutar i drift. En plan vars
    /// sista fas bara tar slut har planerat starten, inte metoden.
    ///
    /// ## Exempel
    /// ```yaml
    /// phases:
    ///   genomforande: { after: [start], duration: 1 år }
    /// activities:
    ///   utvardering: { phase: genomforande, at: 10 månader, responsible: chef }
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```yaml
    /// phases:
    ///   genomforande: { after: [start], duration: 1 år }
    ///   drift: { after: [genomforande], duration: löpande }
    /// activities:
    ///   utvardering: { phase: genomforande, at: 10 månader, responsible: chef }
    ///   larandetraff:
    ///     phases: [genomforande, drift]
    ///     every: 2 månader
    ///     responsible: superanvandare
    /// ```
    "no-sustainment-phase" => "Den sista fasen är inte löpande och har ingen återkommande aktivitet";

    /// ## Vad den gör
    /// Hittar en plan utan `start`-datum, eller där `start:` står tomt. Modeller är
    /// undantagna: en modell beskriver en metod och har inga datum. Det är en
    /// iakttagelse på plannivå: tysta den med `allow:` överst i filen.
    ///
    /// ## Varför det spelar roll
    /// Varje datum i aktivitetsplanen, årshjulet och kalendern räknas från `start`:
    /// beslutsfasen i den danska workshopen om superanvändarrollen (*Superbrugerrollen
    /// i en implementeringsproces*, 2015) tar 1–3 månader därifrån, lärandeträffarna
    /// varannan månad efter det. En modell har ingen start, så en plan som använder
    /// (`uses`) en måste lägga till den, och `tovholder init` lämnar just därför
    /// `start:` tomt. Utan den kan ingenting läggas in i tidsplanen, och kontrollerna
    /// som bygger på datum kan inte köras.
    ///
    /// ## Exempel
    /// ```yaml
    /// id: samverkan-socialtjansten
    /// title: Samverkan kring barn och unga i socialtjänsten
    /// uses: ../models/samverkan.yaml
    /// start:
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```yaml
    /// id: samverkan-socialtjansten
    /// title: Samverkan kring barn och unga i socialtjänsten
    /// uses: ../models/samverkan.yaml
    /// start: 2027-01-04
    /// ```
    "plan-without-start" => "En plan utan startdatum";

    /// ## Vad den gör
    /// Lägger ihop faserna längs deras `after`-kedjor — varje varaktighet först på sitt
    /// minimum, sedan på sitt maximum — och jämför resultatet med planens `horizon`.
    /// Den varnar när de två fönstren inte möts: faserna hinner inte bli klara inom
    /// horisonten ens när de är som kortast, eller (när ingen fas är `ongoing`, som
    /// skulle fylla ut resten) de slutar före horisonten även när de är som längst.
    /// Valfria faser räknas med; meddelandet anger också summorna utan dem. En modell
    /// utan `start` mäts från ett referensdatum; månadernas längd påverkar inte
    /// utfallet. En plan som ärver sin `horizon` från sin modell (`uses`) får
    /// meddelandet vid sin `uses`, med en markering vid modellens `horizon`, och ombeds
    /// ange en egen tidshorisont (modellens egen kontroll rapporterar modellen).
    ///
    /// ## Varför det spelar roll
    /// Horisonten är det planen lovar ledningen. När faserna tillsammans tar längre tid
    /// är löftet brutet innan arbetet har börjat — samverkansprojektets livsfaser i
    /// kursen *Samverkan* (Knut, dag 2+3) presenteras som "ungefär ett till ett och ett
    /// halvt år" men blir 19–32 månader när de läggs ihop.
    ///
    /// ## Exempel
    /// ```yaml
    /// horizon: 1 år
    /// phases:
    ///   ide: { duration: 2-4 månader }
    ///   prova-och-testa: { after: [ide], duration: 6 månader }
    ///   tillampning: { after: [prova-och-testa], duration: 6-12 månader }
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```yaml
    /// horizon: 14-22 månader
    /// phases:
    ///   ide: { duration: 2-4 månader }
    ///   prova-och-testa: { after: [ide], duration: 6 månader }
    ///   tillampning: { after: [prova-och-testa], duration: 6-12 månader }
    /// ```
    "horizon-mismatch" => "Den angivna horisonten stämmer inte med vad faserna tillsammans tar";

    /// ## Vad den gör
    /// Räknar ut det första datumet för varje aktivitet som hör till en fas — dess
    /// fasta `date`, dess `at`-förskjutning från fasens start eller dess
    /// `after`-hänvisning plus förskjutning — och varnar när datumet inte ligger inom
    /// det (nominella) fönstret för någon av dess faser. Datumet före en eventuell
    /// flytt till en arbetsdag används.
    ///
    /// ## Varför det spelar roll
    /// Aktivitetsplanen grupperar aktiviteterna efter fas. En aktivitet som är daterad
    /// efter att dess fas har slutat hamnar under fel rubrik, och oftast var
    /// förskjutningen tänkt i veckor, inte månader, eller så är fasen kortare än man
    /// trott.
    ///
    /// ## Exempel
    /// ```yaml
    /// phases:
    ///   beslut: { duration: 2 månader }
    /// activities:
    ///   information:
    ///     phase: beslut
    ///     at: 3 månader
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```yaml
    /// phases:
    ///   beslut: { duration: 2 månader }
    /// activities:
    ///   information:
    ///     phase: beslut
    ///     at: 6 veckor
    /// ```
    "activity-outside-phase" => "En aktivitets datum eller förskjutning ligger utanför dess fas";

    /// ## Vad den gör
    /// Tittar på varje fas som inte är `optional`, från dess (nominella) start till
    /// dess slut eller till slutet av den beräknade kalendern, och mäter perioderna
    /// mellan planerade tillfällen för alla aktiviteter — även perioden från fasens
    /// start till det första tillfället och från det sista till fasens slut. Den varnar
    /// när en period är längre än 10 veckor (inställningen `momentum_gap_weeks`) och
    /// rapporterar den längsta, med datum. Kalenderdagar räknas, utom dagar i planens
    /// `closed`-perioder: ett sommarstängt kontor är inte förlorat momentum, men
    /// veckorna runt omkring är det.
    ///
    /// Varje spår (plattform, grupp) med egna aktiviteter mäts på samma sätt för sig:
    /// från spårets start till dess slut, bara medan det är aktivt (en vilande period
    /// är inget glapp; veckorna innan det pausas och efter att det återupptas är det),
    /// och bara med spårets egna aktiviteter — så att en plattform där inget är
    /// planerat på ett år upptäcks även när en annan plattform har fullt upp.
    ///
    /// ## Varför det spelar roll
    /// Det svåra med implementering är inte att börja utan att fortsätta när den första
    /// entusiasmen har lagt sig. En fas där ingenting är planerat under ett kvartal är
    /// där en ny metod tyst dör. Lärandeträffar varannan månad räcker för att hålla den
    /// vid liv; en träff i kvartalet gör det inte. Detsamma gäller varje
    /// utvecklingsplattform i en samskapande insats (*Samskabelse med civilsamfundet –
    /// vejledning til ledere i politiet*): en plattform som inte träffas tappar sina
    /// aktörer, vad de andra plattformarna än gör.
    ///
    /// ## Exempel
    /// ```yaml
    /// phases:
    ///   genomforande: { duration: 1 år }
    /// activities:
    ///   uppfoljning:
    ///     phase: genomforande
    ///     every: 3 månader
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```yaml
    /// phases:
    ///   genomforande: { duration: 1 år }
    /// activities:
    ///   larandetraff:
    ///     phase: genomforande
    ///     every: 2 månader
    /// ```
    "momentum-gap" => "En lång period i en fas utan planerade aktiviteter";

    /// ## Vad den gör
    /// Lägger för varje roll med avsatta `hours` ihop de planerade timmarna per
    /// kalendermånad — den nominella `length` för varje tillfälle där rollen är
    /// `responsible` eller deltagare — och varnar när en månad överstiger de avsatta
    /// timmarna (per vecka räknas som 52/12 veckor per månad). Meddelandet anger den
    /// mest belastade månaden över gränsen och båda siffrorna.
    ///
    /// En roll som många personer har i grupper — ägarna står som `members` i spår,
    /// t.ex. 19 handläggare i tre utbildningsgrupper — mäts per person: var och en
    /// deltar i den egna gruppens möten (och i dem som inte hör till något spår), och
    /// den avsatta tiden gäller per person. Meddelandet anger den mest belastade
    /// personens mest belastade månad.
    ///
    /// ## Varför det spelar roll
    /// Superanvändarens mandat är den tid som är avsatt för rollen. En plan som kräver
    /// mer än så är en plan som den som har rollen inte kan hålla, och mötena är det
    /// första som stryks.
    ///
    /// ## Exempel
    /// ```yaml
    /// roles:
    ///   superanvandare: { owner: [Anna Andersson], hours: 2 tim per månad }
    /// activities:
    ///   handledning:
    ///     phase: genomforande
    ///     every: 1 vecka
    ///     length: 1 timme
    ///     responsible: superanvandare
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```yaml
    /// roles:
    ///   superanvandare: { owner: [Anna Andersson], hours: 2 tim per vecka }
    /// activities:
    ///   handledning:
    ///     phase: genomforande
    ///     every: 1 vecka
    ///     length: 1 timme
    ///     responsible: superanvandare
    /// ```
    "role-overloaded" => "En roll har fler planerade timmar under en månad än den har fått avsatt";

    /// ## Vad den gör
    /// Kontrollerar varje aktivitet med ett fast `date` mot planens kalender
    /// (`calendar.holidays` och `calendar.closed`) och säger vad den träffar: en helg,
    /// en helgdag (till exempel Kristi himmelsfärdsdag), en dag då kontoren är stängda
    /// (julafton, nyårsafton, midsommarafton) eller en stängd period. Beräknade datum
    /// flyttas till nästa arbetsdag; fasta datum flyttas aldrig, så de rapporteras i
    /// stället.
    ///
    /// ## Varför det spelar roll
    /// En workshop på Kristi himmelsfärdsdag eller mitt i sommarstängningen blir inte
    /// av som det står, och kallelserna går ut med fel datum.
    ///
    /// ## Exempel
    /// ```yaml
    /// calendar: { holidays: se }
    /// activities:
    ///   uppstart:
    ///     date: 2027-05-06
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```yaml
    /// calendar: { holidays: se }
    /// activities:
    ///   uppstart:
    ///     date: 2027-05-10
    /// ```
    "holiday-collision" => "Ett fast datum infaller på en helg, en helgdag eller en stängd dag";

    /// ## Vad den gör
    /// Slutar lägga ut en återkommande aktivitet efter 10 000 tillfällen, och en hel
    /// plan efter 200 000, och rapporterar det `every`-värde som orsakade det.
    /// Gränserna är fasta.
    ///
    /// ## Varför det spelar roll
    /// `every: 1 dag` över en `ongoing` (löpande) fas som pågår i årtionden skulle
    /// fylla kalendrarna med hundratusentals möten som ingen håller, och göra alla
    /// verktyg som läser den beräknade planen långsamma. Det är nästan alltid fel enhet
    /// (`1 dag` i stället för `1 månad`) eller ett saknat slut.
    ///
    /// ## Exempel
    /// ```yaml
    /// horizon: 50 år
    /// phases:
    ///   drift: { duration: löpande }
    /// activities:
    ///   avstamning:
    ///     phase: drift
    ///     every: 1 dag
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```yaml
    /// horizon: 3 år
    /// phases:
    ///   drift: { duration: löpande }
    /// activities:
    ///   avstamning:
    ///     phase: drift
    ///     every: 1 månad
    /// ```
    "too-many-occurrences" => "En aktivitet upprepas oftare än schemaläggaren lägger ut (10 000 per aktivitet, 200 000 per plan)";

    /// ## Vad den gör
    /// Hittar poster i `allow:`-listor som inte har tystat någon iakttagelse för den
    /// posten, och namn som inte alls är regler (med ett förslag).
    ///
    /// ## Varför det spelar roll
    /// `allow:` är ett synligt, medvetet undantag. När luckan är åtgärdad ska
    /// undantaget bort, annars döljer det nästa verkliga lucka.
    ///
    /// ## Exempel
    /// ```yaml
    /// roles:
    ///   chef:
    ///     owner: [Karin Lindqvist]
    ///     allow: [role-without-owner]
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```yaml
    /// roles:
    ///   chef:
    ///     owner: [Karin Lindqvist]
    /// ```
    "unused-allow" => "En `allow:`-rad som inte tystar något";

    /// ## Vad den gör
    /// Hittar en `tovholder.toml` som inte går att läsa som TOML (en sträng eller
    /// tabellrubrik som aldrig stängs, en nyckel som skrivits två gånger, text som inte
    /// är UTF-8). Ingen av filens inställningar används: varje plan som den gäller för
    /// kontrolleras med standardnivåerna.
    ///
    /// ## Varför det spelar roll
    /// En konfiguration som tyst slutat fungera skulle ändra vilka iakttagelser som
    /// stoppar en sammanslagning, utan att någon märker det.
    ///
    /// ## Exempel
    /// ```toml
    /// [lints
    /// role-without-owner = "deny"
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```toml
    /// [lints]
    /// role-without-owner = "deny"
    /// ```
    "config-syntax" => "`tovholder.toml` är inte giltig TOML";

    /// ## Vad den gör
    /// Hittar nycklar och tabeller som inte ingår i konfigurationsformatet och nämner
    /// den närmaste kända nyckeln. Översta nivån känner till `preset`, `lints`,
    /// `options` och `overrides`; en override känner till `paths`, `lints` och
    /// `options`; `options` känner till de regler som har inställningar och namnen på
    /// deras inställningar.
    ///
    /// ## Varför det spelar roll
    /// En felstavad tabell (`[lint]`) skulle annars hoppas över, och de nivåer den
    /// sätter skulle aldrig gälla.
    ///
    /// ## Exempel
    /// ```toml
    /// [lint]
    /// role-without-owner = "deny"
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```toml
    /// [lints]
    /// role-without-owner = "deny"
    /// ```
    "config-unknown-key" => "En nyckel som `tovholder.toml` inte känner till";

    /// ## Vad den gör
    /// Hittar ett värde som `tovholder.toml` inte kan använda: ett okänt `preset`, en
    /// regelinställning utanför det tillåtna (`momentum-gap` `weeks` måste vara ett
    /// heltal från 1 till 104), `paths` som inte är en lista med strängar, eller en
    /// override utan `paths`.
    ///
    /// ## Varför det spelar roll
    /// Inställningen hoppas över, så kontrollen körs med andra nivåer eller
    /// inställningar än filen säger.
    ///
    /// ## Exempel
    /// ```toml
    /// preset = "strikt"
    ///
    /// [options.momentum-gap]
    /// weeks = "åtta"
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```toml
    /// preset = "strict"
    ///
    /// [options.momentum-gap]
    /// weeks = 8
    /// ```
    "config-invalid-value" => "Ett konfigurationsvärde av fel typ eller utanför det tillåtna";

    /// ## Vad den gör
    /// Hittar ett regelnamn i `[lints]` eller i en overrides `lints` som inte finns i
    /// katalogen och nämner det närmaste regelnamnet (`tovholder rules` listar alla).
    ///
    /// ## Varför det spelar roll
    /// Ett felstavat regelnamn ställer inte in någonting: regeln behåller sin
    /// standardnivå medan filen verkar säga något annat.
    ///
    /// ## Exempel
    /// ```toml
    /// [lints]
    /// role-without-ower = "deny"
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```toml
    /// [lints]
    /// role-without-owner = "deny"
    /// ```
    "config-unknown-rule" => "`tovholder.toml` nämner en regel som inte finns";

    /// ## Vad den gör
    /// Hittar en nivå i `[lints]` som inte är någon av `allow` (regeln körs inte),
    /// `warn` (en varning; kontrollen går igenom) eller `deny` (ett fel; kontrollen
    /// misslyckas) och nämner den närmaste nivån (`warning` → `warn`, `error` → `deny`,
    /// `off` → `allow`).
    ///
    /// ## Varför det spelar roll
    /// Regeln behåller sin tidigare nivå, och det var troligen inte meningen.
    ///
    /// ## Exempel
    /// ```toml
    /// [lints]
    /// role-without-owner = "error"
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```toml
    /// [lints]
    /// role-without-owner = "deny"
    /// ```
    "config-invalid-level" => "En regelnivå som inte är `allow`, `warn` eller `deny`";

    /// ## Vad den gör
    /// Hittar ett mönster i en overrides `paths` som inte går att tolka som ett glob
    /// (en `[` eller `{` som aldrig stängs, en `**` som inte är en hel del av
    /// sökvägen). Mönstren jämförs med planens sökväg relativt den mapp som innehåller
    /// `tovholder.toml`, med `/` mellan mapparna: `*` stannar inom en mapp, `**` går
    /// över flera mappar.
    ///
    /// ## Varför det spelar roll
    /// Overriden skulle aldrig gälla, och de planer den var avsedd för kontrolleras med
    /// fel nivåer.
    ///
    /// ## Exempel
    /// ```toml
    /// [[overrides]]
    /// paths = ["models/[ab"]
    /// lints = { role-without-owner = "allow" }
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```toml
    /// [[overrides]]
    /// paths = ["models/**"]
    /// lints = { role-without-owner = "allow" }
    /// ```
    "config-invalid-glob" => "Ett sökvägsmönster i en override som inte är ett giltigt glob";

    /// ## Vad den gör
    /// Hittar en nivå som satts för en regel som konfigurationen inte kan ändra:
    /// reglerna som säger att filen inte är en plan (`yaml-syntax`, `unknown-key`,
    /// `invalid-value`, …), `unknown-reference`, `dependency-cycle` och
    /// `config-*`-reglerna. `tovholder rules` markerar dem med `(fast)`.
    ///
    /// ## Varför det spelar roll
    /// De här iakttagelserna betyder att planen inte kan kompileras som den är skriven;
    /// att tysta dem skulle dölja en trasig plan snarare än ett val.
    ///
    /// ## Exempel
    /// ```toml
    /// [lints]
    /// unknown-reference = "warn"
    /// ```
    ///
    /// ## Gör så här i stället
    /// Rätta hänvisningen i planen.
    "config-fixed-rule" => "`tovholder.toml` försöker ändra en regel med fast nivå";

    /// ## Vad den gör
    /// Rapporterar en loggbok som anges i planens `log:` men inte går att läsa: en fil
    /// som inte finns, en mapp, en FIFO eller en enhet, en URL, en sökväg utanför
    /// repots rot, en fil över storleksgränsen eller en fil som inte är UTF-8. Även en
    /// `<planfilens-namn>.log.yaml` bredvid planen som finns men inte går att läsa.
    ///
    /// ## Varför det spelar roll
    /// En loggbok som inte läses ser ut som en loggbok där ingenting är infört: alla
    /// fynd om uppföljningen skulle bli fel.
    ///
    /// ## Exempel
    /// ```yaml
    /// log: [uppfoljning-2072.yaml]
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```yaml
    /// log: [uppfoljning-2027.yaml]
    /// ```
    "log-unavailable" => "En av planens loggböcker går inte att läsa";

    /// ## Vad den gör
    /// Rapporterar en post i loggboken vars aktivitet (`held`, `cancelled`), mål
    /// (`measured`), fas (`phase_started`, `phase_completed`) eller checklista
    /// (`checked`) inte finns i den sammanslagna planen – med närmaste id som förslag –
    /// och en `checked`-post vars `item` (ett nummer från 1 eller punktens text)
    /// checklistan inte har.
    ///
    /// ## Varför det spelar roll
    /// En post om ingenting är en träff som inte räknas: tillfället som posten gällde
    /// står kvar som inte infört, och mätningen når aldrig fram till sitt mål.
    ///
    /// ## Exempel
    /// ```yaml
    /// kind: log
    /// entries:
    ///   - { date: 2027-03-04, held: larandetrafff }
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```yaml
    /// kind: log
    /// entries:
    ///   - { date: 2027-03-04, held: larandetraff }
    /// ```
    "log-unknown-reference" => "En post i loggboken nämner ett id eller en checklistpunkt som planen inte har";

    /// ## Vad den gör
    /// Rapporterar en post i loggboken med ett datum efter avstämningsdagen
    /// (`--as-of`, annars dagens datum i Köpenhamnstid, eller `SOURCE_DATE_EPOCH` när
    /// den är satt).
    ///
    /// ## Varför det spelar roll
    /// Loggboken visar vad som har hänt; planen säger vad som ska hända. En post i
    /// framtiden är ett skrivfel i årtalet eller en träff som bockats av innan den
    /// hölls – och den skulle få uppföljningen att se bättre ut än verkligheten.
    /// Därför räknas den inte: uppföljningen, `status` och dokumenten visar planen
    /// som den stod på avstämningsdagen, utifrån posterna till och med den dagen.
    ///
    /// ## Exempel
    /// ```yaml
    /// entries:
    ///   - { date: 2072-03-04, held: larandetraff }
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```yaml
    /// entries:
    ///   - { date: 2027-03-04, held: larandetraff }
    /// ```
    "log-entry-in-future" => "En post i loggboken har ett datum efter avstämningsdagen";

    /// ## Vad den gör
    /// Rapporterar en `cancelled`-post i loggboken utan `reason` (eller med en tom).
    ///
    /// ## Varför det spelar roll
    /// Inställda träffar är det första tecknet på att implementeringen tappar fästet:
    /// det svåra är inte att komma i gång utan att hålla i när den första
    /// entusiasmen har lagt sig (Fixsen m.fl., *Implementation Research: A Synthesis
    /// of the Literature*, 2005). Vid avstämningen varje halvår syns ett mönster –
    /// semester, sjukfrånvaro, en omorganisation – bara om varje inställd träff har en
    /// orsak.
    ///
    /// ## Exempel
    /// ```yaml
    /// entries:
    ///   - { date: 2027-07-06, cancelled: larandetraff }
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```yaml
    /// entries:
    ///   - { date: 2027-07-06, cancelled: larandetraff, reason: Semester }
    /// ```
    "cancelled-without-reason" => "Ett inställt tillfälle utan orsak";

    /// ## Vad den gör
    /// Rapporterar en `measured`-post i loggboken utan `source` (eller med en tom).
    ///
    /// ## Varför det spelar roll
    /// En siffra utan källa går inte att kontrollera och inte att mäta på samma sätt
    /// nästa gång. Jobbcentren i danska Viborg dokumenterar sitt arbete för att kunna
    /// se att det de gör leder till det de förväntar sig – "annars justerar vi" (*Vis
    /// mig værdien*, Viborg Kommune, KL:s ledarträff 2014). Ett måls utgångsläge anger
    /// redan sin källa; det ska varje mätning också göra.
    ///
    /// ## Exempel
    /// ```yaml
    /// entries:
    ///   - { date: 2027-04-01, measured: brukarmedverkan, value: 48 % }
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```yaml
    /// entries:
    ///   - { date: 2027-04-01, measured: brukarmedverkan, value: 48 %, source: Ärendegranskning kvartal 1 }
    /// ```
    "measurement-without-source" => "En mätning utan källa";

    /// ## Vad den gör
    /// Rapporterar en `held`- eller `cancelled`-post som inte motsvarar något planerat
    /// tillfälle för aktiviteten: för en återkommande aktivitet inget tillfälle inom
    /// halva intervallet från postens datum; för en enstaka aktivitet inget inom en
    /// månad från dess planerade fönster; eller ett `planned:`-datum då aktiviteten
    /// inte är planerad. Hjälptexten anger närmaste planerade datum.
    ///
    /// ## Varför det spelar roll
    /// En post som inte motsvarar något lämnar tillfället den gällde som inte infört,
    /// och beror oftast på ett skrivfel i datumet eller fel aktivitet. En extra träff
    /// som aldrig var planerad hör hemma i planen (eller som `adapted`).
    ///
    /// ## Exempel
    /// ```yaml
    /// entries:
    ///   - { date: 2027-05-10, held: larandetraff, planned: 2027-05-05 }
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```yaml
    /// entries:
    ///   - { date: 2027-05-10, held: larandetraff, planned: 2027-05-04 }
    /// ```
    "unknown-occurrence" => "Ett genomfört eller inställt tillfälle som inte motsvarar något planerat";

    /// ## Vad den gör
    /// För en plan med loggbok rapporterar den varje aktivitet med planerade
    /// tillfällen som är äldre än en frist (14 dagar, inställningen
    /// `occurrence_grace_days`) och som loggboken varken för in som `held` eller
    /// `cancelled`: hur många, och det första och sista av dem, vid aktiviteten. En
    /// plan utan loggbok kontrolleras inte.
    ///
    /// ## Varför det spelar roll
    /// "Det har skett en löpande uppföljning och justering av implementeringen" är ett
    /// av fasmålen i ICS-metoden; uppföljning börjar med att veta om
    /// lärandeträffarna blev av. En träff som inte är införd är antingen glömd i
    /// loggboken eller i tysthet struken – och i tysthet strukna träffar är där en
    /// metod dör (Fixsen m.fl., *Implementation Research: A Synthesis of the
    /// Literature*, 2005).
    ///
    /// ## Exempel
    /// ```yaml
    /// kind: log
    /// entries: []
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```yaml
    /// kind: log
    /// entries:
    ///   - { date: 2027-03-04, held: larandetraff, note: 9 deltagare }
    ///   - { date: 2027-05-04, cancelled: larandetraff, reason: Sjukfrånvaro }
    /// ```
    "occurrence-not-recorded" => "Planerade tillfällen efter fristen som loggboken inte för in";

    /// ## Vad den gör
    /// För en plan med loggbok rapporterar den en fas när avstämningsdagen har
    /// passerat fasens senast planerade slut och loggboken saknar `phase_completed`
    /// för den. Faser utan slut (`duration: ongoing`) och faser som slutar efter den
    /// beräknade kalendern rapporteras inte.
    ///
    /// ## Varför det spelar roll
    /// En fas som i tysthet drar ut på tiden skjuter allt som kommer efter:
    /// prognosen flyttar de senare faserna först när loggboken säger vad som hände.
    /// Att föra in att en fas är avslutad är också tillfället att fråga om dess
    /// fasmål nåddes.
    ///
    /// ## Exempel
    /// ```yaml
    /// entries:
    ///   - { date: 2027-02-01, phase_started: forberedelse }
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```yaml
    /// entries:
    ///   - { date: 2027-02-01, phase_started: forberedelse }
    ///   - { date: 2027-09-30, phase_completed: forberedelse }
    /// ```
    "phase-overrun" => "En fas efter sitt senast planerade slut utan phase_completed";

    /// ## Vad den gör
    /// För en plan med loggbok går den igenom varje mål med en `indicator` och
    /// rapporterar det i två fall:
    ///
    /// - **Mätintervallet har passerats.** Ett mål ska mätas varje `measure_every`
    ///   (6 månader när inget anges; `[options.measurement-overdue] months`), räknat
    ///   från den senaste `measured`-posten – eller från utgångsvärdets datum när det
    ///   inte finns någon (från planens start när utgångsvärdet saknar datum). Vid ett
    ///   intervall (`4-6 månader`) gäller den längre gränsen.
    /// - **Ett statusmöte närmar sig utan mätning.** En aktivitet med
    ///   `status_meeting: true` är ett statusmöte. Före varje statusmöte ska varje mål
    ///   med en indikator ha mätts sedan statusmötet innan (före det första: sedan
    ///   utgångsvärdet). Regeln utgår från det senaste statusmötet på eller före
    ///   avstämningsdatumet plus 14 dagar (`[options.measurement-overdue]
    ///   days_before`), så den varnar två veckor i förväg; inställda statusmöten
    ///   räknas inte.
    ///
    /// Ett mål som hör till en fas (`phase:`) ska mätas först från fasens start (dess
    /// `phase_started`, annars den planerade starten): ett mål för förankringsfasen är
    /// inte försenat medan implementeringen fortfarande kommer i gång.
    ///
    /// Ett statusmöte känns igen på den uttryckliga nyckeln, aldrig på namn eller id:
    /// namn är fritext på tre språk, en nyckel går att kontrollera.
    ///
    /// ## Varför det spelar roll
    /// Ett mål som aldrig mäts är en önskan. Den danska vägledningen om samskapande
    /// med civilsamhället håller ett gemensamt statusmöte varje halvår, och före vart
    /// och ett en avstämning mot verkligheten på varje plattform (*Samskabelse med
    /// civilsamfundet – vejledning til ledere i politiet*); Viborgs jobbcenter
    /// dokumenterar sitt arbete för att kunna följa upp att det de gör leder till det
    /// de förväntar sig – "annars justerar vi" (*Vis mig værdien*, Viborg Kommune,
    /// KL:s ledarträff 2014). Inget av det fungerar utan aktuella siffror på bordet.
    ///
    /// ## Exempel
    /// ```yaml
    /// goals:
    ///   brukarinflytande:
    ///     indicator: Andel utredningar med brukarens egna ord
    ///     baseline: { value: 30 %, date: 2026-12-01 }
    ///     measure_every: 6 månader
    /// # loggboken har ingen `measured: brukarinflytande` sedan 2026-12-01
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```yaml
    /// kind: log
    /// entries:
    ///   - { date: 2027-05-20, measured: brukarinflytande, value: 41 %, source: Ärendegranskning kvartal 2 }
    /// ```
    "measurement-overdue" => "Ett mål som inte har mätts inom sitt intervall eller före ett statusmöte";

    /// ## Vad den gör
    /// För en plan med loggbok drar den för varje mål den raka linjen från
    /// utgångsvärdet (`value` den `date`) till målvärdet (`value` senast `by`) och
    /// jämför det senaste `measured`-värdet på eller före avstämningsdatumet med det
    /// värde linjen anger för den dagen. Den varnar när mätningen ligger mer än 25 %
    /// av sträckan från utgångsvärde till målvärde efter linjen
    /// (`[options.goal-off-track] tolerance_percent`), och anger siffrorna: mätningen,
    /// det förväntade värdet på linjen och målvärdet.
    ///
    /// Riktningen följer av siffrorna: ett målvärde under utgångsvärdet betyder att
    /// lägre är bättre (t.ex. väntetid i dagar). Värden läses som de är skrivna –
    /// `48 %`, `48`, `4,5` med decimalkomma, `12 timmar`; en mätning i en annan enhet
    /// än utgångsvärdets jämförs inte. Kvalitativa mål (`kind: kvalitativ`), mål vars
    /// utgångsvärde eller målvärde inte är ett tal eller saknar datum, och mätningar
    /// som inte är tal hoppas över.
    ///
    /// ## Varför det spelar roll
    /// Arbetet dokumenteras för att kunna följa upp att det vi gör leder till det vi
    /// förväntar oss – "annars justerar vi" (*Vis mig værdien*, Viborg Kommune, KL:s
    /// ledarträff 2014). Ett mål som glider bort från sin linje är signalen att
    /// justera, och det är billigare att se det efter första mätningen än vid
    /// tidsgränsen. Implementering tar år och går sällan spikrakt (Fixsen m.fl.,
    /// *Implementation Research: A Synthesis of the Literature*, 2005), så linjen är
    /// en måttstock med tolerans, inte en prognos.
    ///
    /// ## Exempel
    /// ```yaml
    /// goals:
    ///   brukarinflytande:
    ///     baseline: { value: 30 %, date: 2027-01-01 }
    ///     target: { value: 60 %, by: 2028-01-01 }
    /// # loggbok: { date: 2027-07-02, measured: brukarinflytande, value: 33 % }
    /// # linjen anger 45 % den 2027-07-02
    /// ```
    ///
    /// ## Gör så här i stället
    /// Justera arbetet (och för in det: `adapted: …` med en `reason`) – eller, om
    /// målvärdet var orealistiskt, justera målvärdet och motivera varför.
    "goal-off-track" => "Ett måls senaste mätning ligger efter linjen från utgångsvärde till målvärde";

    /// ## Vad den gör
    /// Med `tovholder check --baseline REV` (den godkända versionen av planen, till exempel
    /// git-taggen `godkand-styrgrupp-2027-02`) jämför den varje mål med samma mål i den
    /// godkända planen. Ett mål vars `target.value` eller `baseline.value` skiljer sig från
    /// det godkända rapporteras när loggboken har en mätning av målet (en `measured:` på
    /// eller före avstämningsdagen). Meddelandet anger det godkända värdet, dagens värde
    /// och datumet för den första mätningen.
    ///
    /// Båda planerna jämförs sammanslagna med sin modell, så ett värde som modellen har
    /// ändrat räknas också. Mål som har tillkommit eller tagits bort sedan den godkända
    /// planen visar `tovholder diff`. Utan `--baseline` eller utan loggbok säger regeln
    /// ingenting. Regeln kan inte se när mellan godkännandet och i dag värdet ändrades;
    /// den rapporterar varje flyttat värde för ett mål som har mätts.
    ///
    /// ## Varför det spelar roll
    /// Sänks målvärdet när de första siffrorna kommer går det inte längre att se om målet
    /// nås: linjen från utgångsvärde till målvärde är den måttstock som uppdragsgivaren
    /// godkände. Den som följer upp en verksamhet gör det för att kunna justera arbetet –
    /// öppet – inte måttstocken (*Vis mig værdien*, Viborg Kommune, KL's ledertræf 2014).
    /// Ett nytt målvärde är ett beslut för den som godkände det gamla; i samverkan är det
    /// parterna tillsammans (kursen *Samverkan*, Knut, dag 2+3).
    ///
    /// ## Exempel
    /// ```yaml
    /// # godkänd (git-taggen godkand-styrgrupp-2027-02):
    /// #   target: { value: 80 %, by: 2028-06-30 }
    /// goals:
    ///   delaktighet:
    ///     target: { value: 60 %, by: 2028-06-30 }
    /// # loggbok: { date: 2027-03-03, measured: delaktighet, value: 35 % }
    /// ```
    ///
    /// ## Gör så här i stället
    /// Behåll det godkända målvärdet och för in vad som har ändrats i arbetet (`adapted:`
    /// med en `reason`) – eller låt uppdragsgivaren godkänna det nya målvärdet och tagga
    /// den versionen som ny baslinje (`git tag godkand-styrgrupp-2027-09`).
    "goal-target-moved" => "Ett måls målvärde eller utgångsvärde har ändrats jämfört med den godkända planen efter att målet har mätts";

    /// ## Vad den gör
    /// För en plan med loggbok går den igenom vad som faktiskt hände och rapporterar
    /// två saker:
    ///
    /// - **En återkommande aktivitet som har avstannat.** De senaste tillfällena, två
    ///   eller fler i rad (`[options.momentum-lost] occurrences`), ställdes in eller
    ///   är inte införda fast fristen för `occurrence-not-recorded` har gått ut (ett
    ///   tillfälle som fortfarande är inom fristen varken räknas eller bryter raden).
    ///   Ett genomfört tillfälle avslutar raden.
    /// - **En påbörjad fas där inget genomförs.** I en fas som har börjat (dess
    ///   `phase_started`, annars dess planerade start, på eller före
    ///   avstämningsdatumet), inte är avslutad och inte har passerat sitt planerade
    ///   slut (det rapporterar `phase-overrun`), är perioden från det senaste
    ///   genomförda tillfället – för vilken aktivitet som helst – eller från fasens
    ///   start fram till avstämningsdatumet längre än gränsen för `momentum-gap` (10
    ///   veckor, `[options.momentum-gap] weeks`). Stängda perioder räknas inte, och ett
    ///   tillfälle som fortfarande är inom fristen räknas som genomfört.
    ///
    /// `momentum-gap` granskar planen; den här regeln granskar verkligheten. En plan
    /// utan loggbok får den aldrig.
    ///
    /// ## Varför det spelar roll
    /// Utmaningen är inte att komma i gång utan att hålla i när den första
    /// entusiasmen har lagt sig: implementering dör i det tysta, ett inställt möte i
    /// taget (Fixsen m.fl., *Implementation Research: A Synthesis of the Literature*,
    /// 2005). I kursen *Samverkan* (Knut, dag 2+3) är de återkommande träffarna det
    /// som håller samverkan vid liv; två inställda i rad är läget att fråga varför –
    /// inte det tionde.
    ///
    /// ## Exempel
    /// ```yaml
    /// kind: log
    /// entries:
    ///   - { date: 2027-03-04, held: larandetraff }
    ///   - { date: 2027-05-04, cancelled: larandetraff, reason: Sjukdom }
    ///   - { date: 2027-07-05, cancelled: larandetraff, reason: Semester }
    /// ```
    ///
    /// ## Gör så här i stället
    /// Genomför nästa tillfälle – eller justera planen medvetet och skriv det:
    /// ```yaml
    ///   - { date: 2027-08-01, adapted: Lärträffarna flyttas in i enhetens arbetsplatsträffar, reason: Möteströtthet }
    /// ```
    "momentum-lost" => "Återkommande aktiviteter inställda eller inte införda i rad, eller en påbörjad fas där inget genomförs";

    /// ## Vad den gör
    /// Jämför varje måls datum med varandra och med planen. Den varnar när
    ///
    /// - nuläget är mätt (`baseline.date`) efter det datum då målet ska vara nått
    ///   (`target.by`);
    /// - målet ska vara nått innan planen börjar;
    /// - ett kortsiktigt mål (`term: kort`) ska vara nått först efter planens
    ///   tidshorisont (`horizon`, dess längsta utsträckning) – eller, med eller utan
    ///   tidshorisont, mer än 2 år efter planens start;
    /// - ett långsiktigt mål (`term: long`) ska vara nått först mer än 5 år efter
    ///   planens start.
    ///
    /// Gränserna går att ställa in (`[options.goal-dates-inconsistent] short_term_years`
    /// och `long_term_years` i `tovholder.toml`; 0 stänger av kontrollen).
    ///
    /// ## Varför det spelar roll
    /// Ett nuläge beskriver situationen *innan* arbetet börjar (*Samskabelse med
    /// civilsamfundet – vejledning til ledere i politiet*: en baseline beskrivs "før I
    /// begynder"); ett nuläge mätt efter måldatumet kan inte visa någon utveckling, och
    /// ett mål som ligger före starten är nått eller missat innan något är gjort.
    /// Kursen *Samverkan* (Knut, dag 2+3) delar in tiden i tre perspektiv: det operativa
    /// – "nuvarande år och ett år framåt" – det strategiska, 1-3 år, och det visionära,
    /// de kommande 1-5 åren. Ett kortsiktigt mål om åtta år är ett långsiktigt mål i
    /// förklädnad, och inget avstämningsmöte i planen kommer att se det nått.
    ///
    /// ## Exempel
    /// ```yaml
    /// start: 2027-01-04
    /// horizon: 2 år
    /// goals:
    ///   faerre-aaterkomster:
    ///     term: kort
    ///     baseline: { value: 40 %, date: 2027-03-01 }
    ///     target: { value: 25 %, by: 2026-12-31 }
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```yaml
    /// start: 2027-01-04
    /// horizon: 2 år
    /// goals:
    ///   faerre-aaterkomster:
    ///     term: kort
    ///     baseline: { value: 40 %, date: 2026-12-01 }
    ///     target: { value: 25 %, by: 2028-06-30 }
    /// ```
    "goal-dates-inconsistent" => "Ett måls datum motsäger varandra, planens start, dess tidshorisont eller målets tidsperspektiv";

    /// ## Vad den gör
    /// Rapporterar varje spår (en utvecklingsplattform, en grupp, en
    /// utbildningsgrupp) som saknar `owner`: den roll som håller ihop spåret.
    ///
    /// ## Varför det spelar roll
    /// Vägledningen om samskapande ger varje utvecklingsplattform en egen samordnare
    /// som kallar till mötena, håller ihop aktörerna och följer upp målen (*Samskabelse
    /// med civilsamfundet – vejledning til ledere i politiet*). En plattform utan
    /// samordnare är en plattform vars möten ingen kallar till; en utbildningsgrupp av
    /// handläggare utan någon ansvarig stannar av efter första träffen (*God
    /// sagsbehandling på ældreområdet – implementering af metode til god
    /// sagsbehandling*, 2007).
    ///
    /// ## Exempel
    /// ```yaml
    /// tracks:
    ///   natteliv:
    ///     name: Nattliv
    ///     members: [Krögare, Polisen]
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```yaml
    /// roles:
    ///   samordnare-natteliv: { name: Samordnare för nattlivsplattformen, owner: Per Holm }
    /// tracks:
    ///   natteliv:
    ///     name: Nattliv
    ///     owner: samordnare-natteliv
    ///     members: [Krögare, Polisen]
    /// ```
    "track-without-owner" => "Ett spår utan ansvarig";

    /// ## Vad den gör
    /// Räknar målen för varje spår — de mål vars `track:` anger spåret, plus en modells
    /// målmallar (`per: track`) som varje spår får — och varnar när ett spår har färre
    /// än 3 eller fler än 5 (inställningarna `min` och `max` under
    /// `[options.track-without-goals]`).
    ///
    /// ## Varför det spelar roll
    /// Vägledningen om samskapande ber varje utvecklingsplattform att sätta upp 3–5
    /// mål: så få att aktörerna kan följa upp alla vid det halvårsvisa statusmötet, så
    /// många att plattformen vet vad den är till för (*Samskabelse med civilsamfundet –
    /// vejledning til ledere i politiet*). En plattform utan mål har möten men ingen
    /// riktning, och ett beslut om att avsluta den eller göra den vilande kan inte
    /// grundas på resultat.
    ///
    /// ## Exempel
    /// ```yaml
    /// tracks:
    ///   natteliv: { name: Nattliv, owner: samordnare-natteliv }
    /// goals:
    ///   tryggt-nattliv: { statement: Färre våldsincidenter i nattlivet, track: natteliv }
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```yaml
    /// tracks:
    ///   natteliv: { name: Nattliv, owner: samordnare-natteliv }
    /// goals:
    ///   tryggt-nattliv: { statement: Färre våldsincidenter i nattlivet, track: natteliv }
    ///   fler-nattvandrare: { statement: Nattvandrare varje helg, track: natteliv }
    ///   gemensam-insats: { statement: Krögare och polis träffas varje månad, track: natteliv }
    /// ```
    "track-without-goals" => "Ett spår med färre eller fler egna mål än vägledningen rekommenderar (3–5)";

    /// ## Vad den gör
    /// Rapporterar en aktivitet vars `after` eller `before` anger en aktivitet i ett
    /// spår som är stängt eller sammanslaget med ett annat spår (ett daterat `state:
    /// closed` eller `state: merged` utan ett senare `active`), när den aktiviteten inte
    /// har något tillfälle kvar i planen: aktiviteten väntar på något som aldrig blir
    /// av, och dess datum är beräknat från ett möte som ingen håller.
    ///
    /// ## Varför det spelar roll
    /// Utvecklingsplattformar avslutas, görs vilande och slås ihop allteftersom arbetet
    /// går framåt (*Samskabelse med civilsamfundet – vejledning til ledere i
    /// politiet*). Ett samordningsmöte som är planerat "när alla plattformar har haft
    /// sitt första möte" väntar fortfarande på den plattform som stängdes innan den
    /// hann träffas, och planen visar ett datum som inte vilar på något.
    ///
    /// ## Exempel
    /// ```yaml
    /// tracks:
    ///   unga:
    ///     owner: samordnare-unga
    ///     states: [{ from: 2027-01-01, state: stängd, reason: Inga deltagare }]
    /// activities:
    ///   forsta-motet-unga: { phase: drift, track: unga, at: 2 månader }
    ///   samordningsmote: { phase: drift, after: forsta-motet-unga + 1 månad }
    /// ```
    ///
    /// ## Gör så här i stället
    /// ```yaml
    /// activities:
    ///   forsta-motet-natteliv: { phase: drift, track: natteliv, at: 2 månader }
    ///   samordningsmote: { phase: drift, after: forsta-motet-natteliv + 1 månad }
    /// ```
    "waits-for-missing" => "En aktivitet väntar på en aktivitet i ett stängt eller sammanslaget spår";
}
