//! The dataset problems' messages, in both languages. Each names the JSON path.

use crate::data::error::{Expected, NotShownYet};
use crate::data::statement::Located;
use crate::data::{Precision, Problem, ValidationError};
use crate::lang::Lang;

/// The message for `error` in `lang`: where, then what.
pub fn describe(error: &ValidationError, lang: Lang) -> String {
    let what = what(&error.problem, lang);
    match lang {
        Lang::Es => format!("En {}: {what}", error.path),
        Lang::En => format!("At {}: {what}", error.path),
    }
}

fn language_name(of: Lang, in_lang: Lang) -> &'static str {
    match (of, in_lang) {
        (Lang::Es, Lang::Es) => "español",
        (Lang::En, Lang::Es) => "inglés",
        (Lang::Es, Lang::En) => "Spanish",
        (Lang::En, Lang::En) => "English",
    }
}

fn precision_rule(precision: Precision, lang: Lang) -> &'static str {
    match (precision, lang) {
        (Precision::Day, Lang::Es) => {
            "una fecha de precisión «day» necesita «start» como AAAA-MM-DD y ningún «end»"
        }
        (Precision::Day, Lang::En) => {
            "a date of precision \"day\" needs \"start\" as YYYY-MM-DD and no \"end\""
        }
        (Precision::Month, Lang::Es) => {
            "una fecha de precisión «month» necesita «start» como AAAA-MM y ningún «end»"
        }
        (Precision::Month, Lang::En) => {
            "a date of precision \"month\" needs \"start\" as YYYY-MM and no \"end\""
        }
        (Precision::Range, Lang::Es) => {
            "una fecha de precisión «range» necesita «start» y «end» como AAAA-MM-DD"
        }
        (Precision::Range, Lang::En) => {
            "a date of precision \"range\" needs \"start\" and \"end\" as YYYY-MM-DD"
        }
        (Precision::UpTo, Lang::Es) => {
            "una fecha de precisión «up_to» necesita «start» como AAAA-MM-DD y ningún «end»"
        }
        (Precision::UpTo, Lang::En) => {
            "a date of precision \"up_to\" needs \"start\" as YYYY-MM-DD and no \"end\""
        }
    }
}

fn what(problem: &Problem, lang: Lang) -> String {
    match (problem, lang) {
        (Problem::Syntax { detail, line, column }, Lang::Es) => format!(
            "el archivo de datos no tiene la forma esperada (línea {line}, columna {column}): {detail}"
        ),
        (Problem::Syntax { detail, line, column }, Lang::En) => format!(
            "the data file does not have the expected shape (line {line}, column {column}): {detail}"
        ),
        (Problem::UnsupportedSchemaVersion { found, supported }, Lang::Es) => format!(
            "la versión de esquema {found} no es compatible; esta versión de la aplicación lee la {supported}"
        ),
        (Problem::UnsupportedSchemaVersion { found, supported }, Lang::En) => format!(
            "schema version {found} is not supported; this version of the app reads version {supported}"
        ),
        (Problem::DuplicateId { id }, Lang::Es) => format!("el identificador «{id}» está repetido"),
        (Problem::DuplicateId { id }, Lang::En) => format!("the id \"{id}\" is used twice"),
        (Problem::UnknownPlace { id }, Lang::Es) => format!("no hay ningún lugar con el identificador «{id}»"),
        (Problem::UnknownPlace { id }, Lang::En) => format!("there is no place with the id \"{id}\""),
        (Problem::UnknownEvent { id }, Lang::Es) => format!("no hay ningún evento con el identificador «{id}»"),
        (Problem::UnknownEvent { id }, Lang::En) => format!("there is no event with the id \"{id}\""),
        (Problem::EmptyText { lang: missing }, Lang::Es) => {
            format!("falta el texto en {}", language_name(*missing, Lang::Es))
        }
        (Problem::EmptyText { lang: missing }, Lang::En) => {
            format!("the {} text is missing", language_name(*missing, Lang::En))
        }
        (Problem::FlightsDoNotSum { stated, sum }, Lang::Es) => format!(
            "los destinos suman {sum} vuelos, pero el total indicado es {stated}"
        ),
        (Problem::FlightsDoNotSum { stated, sum }, Lang::En) => format!(
            "the destinations add up to {sum} flights, but the stated total is {stated}"
        ),
        (Problem::NoFlights, Lang::Es) => "un destino debe tener al menos un vuelo".to_owned(),
        (Problem::NoFlights, Lang::En) => "a destination must have at least one flight".to_owned(),
        (Problem::NoPlaces, Lang::Es) => "la lista debe nombrar al menos un lugar".to_owned(),
        (Problem::NoPlaces, Lang::En) => "the list must name at least one place".to_owned(),
        (Problem::NoQuotes, Lang::Es) => {
            "la cifra necesita al menos una frase de la fuente que la diga".to_owned()
        }
        (Problem::NoQuotes, Lang::En) => {
            "the figure needs at least one sentence of the source that says it".to_owned()
        }
        (Problem::MalformedDate { value }, Lang::Es) => format!(
            "«{value}» no es una fecha válida (AAAA-MM-DD o AAAA-MM)"
        ),
        (Problem::MalformedDate { value }, Lang::En) => format!(
            "\"{value}\" is not a valid date (YYYY-MM-DD or YYYY-MM)"
        ),
        (Problem::RangeOutOfOrder { start, end }, Lang::Es) => format!(
            "el periodo termina ({end}) antes de empezar ({start})"
        ),
        (Problem::RangeOutOfOrder { start, end }, Lang::En) => format!(
            "the period ends ({end}) before it starts ({start})"
        ),
        (Problem::PrecisionMismatch { precision }, lang) => precision_rule(*precision, lang).to_owned(),
        (Problem::DatesDisagree, Lang::Es) => {
            "el periodo de los vuelos no coincide con la fecha de su evento".to_owned()
        }
        (Problem::DatesDisagree, Lang::En) => {
            "the flights' period does not match the date of their event".to_owned()
        }
        (Problem::QuoteNotInSource { lang: quoted }, Lang::Es) => format!(
            "la cita en {} no aparece literalmente en el texto fuente",
            language_name(*quoted, Lang::Es)
        ),
        (Problem::QuoteNotInSource { lang: quoted }, Lang::En) => format!(
            "the {} quote does not occur verbatim in the source text",
            language_name(*quoted, Lang::En)
        ),
        (Problem::PointOutOfRange, Lang::Es) => {
            "el punto debe tener longitud entre −180 y 180 y latitud entre −90 y 90".to_owned()
        }
        (Problem::PointOutOfRange, Lang::En) => {
            "the point needs a longitude between −180 and 180 and a latitude between −90 and 90".to_owned()
        }
        (Problem::MalformedIsoCode { code }, Lang::Es) => format!(
            "«{code}» no es un código ISO 3166 válido para este tipo de lugar"
        ),
        (Problem::MalformedIsoCode { code }, Lang::En) => format!(
            "\"{code}\" is not a valid ISO 3166 code for this kind of place"
        ),
        (Problem::ImpossibleQuantity, Lang::Es) => {
            "la cantidad es imposible (un mínimo de cero o una fracción de 1 o más)".to_owned()
        }
        (Problem::ImpossibleQuantity, Lang::En) => {
            "the quantity is impossible (a lower bound of zero, or a fraction of 1 or more)".to_owned()
        }
        (Problem::UnknownClaim { id }, Lang::Es) => format!("no hay ninguna afirmación con el identificador «{id}»"),
        (Problem::UnknownClaim { id }, Lang::En) => format!("there is no claim with the id \"{id}\""),
        (Problem::UnknownSubject { id }, Lang::Es) => format!("no hay ningún evento ni lugar con el identificador «{id}»"),
        (Problem::UnknownSubject { id }, Lang::En) => format!("there is no event or place with the id \"{id}\""),
        (Problem::InferredYearWithoutNote, Lang::Es) => {
            "el año se marca como deducido, pero el evento no tiene «date_note» que diga cómo".to_owned()
        }
        (Problem::InferredYearWithoutNote, Lang::En) => {
            "the year is marked as inferred, but the event has no \"date_note\" saying how".to_owned()
        }
        (Problem::IncompleteCitation, Lang::Es) => {
            "la cita externa necesita editor, fecha (AAAA-MM o AAAA-MM-DD) y una dirección https://".to_owned()
        }
        (Problem::IncompleteCitation, Lang::En) => {
            "the outside citation needs a publisher, a date (YYYY-MM or YYYY-MM-DD) and an https:// address".to_owned()
        }
        (Problem::NotInItsQuote { lang: quoted }, Lang::Es) => format!(
            "el texto en {} debe ser palabras de la fuente y no aparece literalmente en su cita: cópielo de la cita",
            language_name(*quoted, Lang::Es)
        ),
        (Problem::NotInItsQuote { lang: quoted }, Lang::En) => format!(
            "the {} text must be the source's own words and does not occur verbatim in its quote: copy it from the quote",
            language_name(*quoted, Lang::En)
        ),
        (Problem::MissingFile { name }, Lang::Es) => format!("falta el archivo «{name}»"),
        (Problem::MissingFile { name }, Lang::En) => format!("the file \"{name}\" is missing"),
        (Problem::NotUtf8, Lang::Es) => {
            "el archivo no está en UTF-8 desde aquí: guárdelo como «UTF-8» (CSV UTF-8 en una hoja de cálculo)".to_owned()
        }
        (Problem::NotUtf8, Lang::En) => {
            "the file is not UTF-8 from here on: save it as \"UTF-8\" (CSV UTF-8 in a spreadsheet)".to_owned()
        }
        (Problem::EmptyTable, Lang::Es) => "la tabla está vacía: le falta la fila de encabezados".to_owned(),
        (Problem::EmptyTable, Lang::En) => "the table is empty: it has no header row".to_owned(),
        (Problem::WrongCellCount { expected, found }, Lang::Es) => format!(
            "esta fila tiene {found} celdas y el encabezado {expected} columnas: revise las comas y las comillas"
        ),
        (Problem::WrongCellCount { expected, found }, Lang::En) => format!(
            "this row has {found} cells and the header {expected} columns: check its commas and quote marks"
        ),
        (Problem::UnterminatedQuote, Lang::Es) => {
            "las comillas que abren esta celda no se cierran: añada la comilla de cierre".to_owned()
        }
        (Problem::UnterminatedQuote, Lang::En) => {
            "the quote mark that opens this cell is never closed: add the closing quote mark".to_owned()
        }
        (Problem::TextAfterQuote, Lang::Es) => {
            "hay texto tras la comilla de cierre: dentro de una celda entre comillas, escriba cada comilla dos veces (\"\")".to_owned()
        }
        (Problem::TextAfterQuote, Lang::En) => {
            "there is text after the closing quote mark: inside a quoted cell, write each quote mark twice (\"\")".to_owned()
        }
        (Problem::UnknownColumn { name, nearest }, Lang::Es) => format!(
            "la columna «{name}» no existe en esta tabla{}",
            suggestion(nearest, Lang::Es)
        ),
        (Problem::UnknownColumn { name, nearest }, Lang::En) => format!(
            "this table has no column \"{name}\"{}",
            suggestion(nearest, Lang::En)
        ),
        (Problem::MissingColumn { name }, Lang::Es) => format!("falta la columna «{name}» en el encabezado"),
        (Problem::MissingColumn { name }, Lang::En) => format!("the header lacks the column \"{name}\""),
        (Problem::Repeated { name }, Lang::Es) => format!("«{name}» aparece dos veces: deje solo una"),
        (Problem::Repeated { name }, Lang::En) => format!("\"{name}\" appears twice: keep only one"),
        (Problem::NotKeyValue, Lang::Es) => {
            "la línea no tiene la forma «clave: valor» (o # para un comentario)".to_owned()
        }
        (Problem::NotKeyValue, Lang::En) => {
            "the line is not of the form \"key: value\" (or # for a comment)".to_owned()
        }
        (Problem::UnknownKey { key, nearest }, Lang::Es) => format!(
            "la clave «{key}» no existe{}",
            suggestion(nearest, Lang::Es)
        ),
        (Problem::UnknownKey { key, nearest }, Lang::En) => format!(
            "there is no key \"{key}\"{}",
            suggestion(nearest, Lang::En)
        ),
        (Problem::Missing { name }, Lang::Es) => format!("falta «{name}»: escríbalo"),
        (Problem::Missing { name }, Lang::En) => format!("\"{name}\" is missing: fill it in"),
        (Problem::BadValue { value, expected }, lang) => match lang {
            Lang::Es => format!("«{value}» no vale aquí: se espera {}", expected_text(*expected, lang)),
            Lang::En => format!("\"{value}\" does not fit here: expected {}", expected_text(*expected, lang)),
        },
        (Problem::UnknownPlaceNear { id, nearest }, Lang::Es) => format!(
            "el nomenclátor (data/places.csv) no tiene el lugar «{id}»{}; si es nuevo, añada una fila",
            suggestion(nearest, Lang::Es)
        ),
        (Problem::UnknownPlaceNear { id, nearest }, Lang::En) => format!(
            "the gazetteer (data/places.csv) has no place \"{id}\"{}; if it is new, add a row",
            suggestion(nearest, Lang::En)
        ),
        (Problem::QuoteNotVerbatim { lang: quoted, closest, differs_at }, Lang::Es) => format!(
            "la cita en {} no aparece literalmente en el texto fuente; el pasaje más cercano es «{closest}», y difieren desde el carácter {differs_at} de la cita: cópiela del texto",
            language_name(*quoted, Lang::Es)
        ),
        (Problem::QuoteNotVerbatim { lang: quoted, closest, differs_at }, Lang::En) => format!(
            "the {} quote does not occur verbatim in the source text; the closest passage is \"{closest}\", and they differ from character {differs_at} of the quote: copy it from the text",
            language_name(*quoted, Lang::En)
        ),
        (Problem::NoSourceText, Lang::Es) => {
            "este comunicado no tiene texto propio (statement.txt no nombra «original»): sus cifras solo pueden citarse (cited_publisher, cited_date, cited_url), nunca entrecomillarse".to_owned()
        }
        (Problem::NoSourceText, Lang::En) => {
            "this statement has no text of its own (statement.txt names no \"original\"): its figures can only be cited (cited_publisher, cited_date, cited_url), never quoted".to_owned()
        }
        (Problem::NoProvenance, Lang::Es) => {
            "la cifra no tiene ni cita del texto (quote_es, quote_en) ni referencia a otra publicación (cited_publisher, cited_date, cited_url)".to_owned()
        }
        (Problem::NoProvenance, Lang::En) => {
            "the figure has neither a quote of the text (quote_es, quote_en) nor a citation of another publication (cited_publisher, cited_date, cited_url)".to_owned()
        }
        (Problem::DoneAfterStatement { last, statement }, Lang::Es) => format!(
            "la cifra llega hasta el {last}, después del comunicado ({statement}), y está marcada como «done»: si el texto la da como prevista o programada, marque «projected» o «scheduled»"
        ),
        (Problem::DoneAfterStatement { last, statement }, Lang::En) => format!(
            "the figure runs to {last}, after the statement ({statement}), and is marked \"done\": if the text gives it as expected or scheduled, mark it \"projected\" or \"scheduled\""
        ),
        (Problem::PartsDoNotSum { total, stated, sum }, Lang::Es) => format!(
            "las partes de «{total}» suman {sum}, pero el total indicado es {stated}"
        ),
        (Problem::PartsDoNotSum { total, stated, sum }, Lang::En) => format!(
            "the parts of \"{total}\" add up to {sum}, but the stated total is {stated}"
        ),
        (Problem::PartDoesNotFit { total }, Lang::Es) => format!(
            "esta parte no encaja en «{total}»: una parte tiene la unidad y el estado de su total, y un total no es parte de otro"
        ),
        (Problem::PartDoesNotFit { total }, Lang::En) => format!(
            "this part does not fit \"{total}\": a part has its total's unit and status, and a total is no part of another"
        ),
        (Problem::UnknownFigure { id }, Lang::Es) => format!("no hay ninguna cifra con el identificador «{id}»"),
        (Problem::UnknownFigure { id }, Lang::En) => format!("there is no figure with the id \"{id}\""),
        (Problem::UnknownUnit { unit }, Lang::Es) => format!(
            "la unidad «{unit}» no es flights, people ni organizations: nómbrela en statement.txt con «unit.{unit}.es:» y «unit.{unit}.en:»"
        ),
        (Problem::UnknownUnit { unit }, Lang::En) => format!(
            "the unit \"{unit}\" is not flights, people or organizations: name it in statement.txt with \"unit.{unit}.es:\" and \"unit.{unit}.en:\""
        ),
        (Problem::NotShownYet { what }, lang) => not_shown_text(*what, lang).to_owned(),
        (Problem::CorrectionsOutOfOrder, Lang::Es) => {
            "esta corrección va antes que una anterior: ordene el registro por versión y fecha".to_owned()
        }
        (Problem::CorrectionsOutOfOrder, Lang::En) => {
            "this correction comes before an earlier one: order the log by version and date".to_owned()
        }
        (Problem::VersionAhead { logged, statement }, Lang::Es) => format!(
            "la corrección es de la versión {logged}, pero statement.txt dice «version: {statement}»: suba la versión"
        ),
        (Problem::VersionAhead { logged, statement }, Lang::En) => format!(
            "the correction is of version {logged}, but statement.txt says \"version: {statement}\": raise the version"
        ),
        (Problem::SilentChange { figure, column, old, new }, Lang::Es) => format!(
            "la cifra publicada «{figure}» cambió sin corrección ({column}: «{old}» → «{new}»): añada una fila a corrections.csv con la fecha, la versión nueva, qué cambió y por qué, y suba «version» en statement.txt"
        ),
        (Problem::SilentChange { figure, column, old, new }, Lang::En) => format!(
            "the published figure \"{figure}\" changed without a correction ({column}: \"{old}\" → \"{new}\"): add a row to corrections.csv with the date, the new version, what changed and why, and raise \"version\" in statement.txt"
        ),
        (Problem::UnknownStatement { name }, Lang::Es) => format!(
            "«{name}» no es una carpeta de data/statements/: escriba el nombre de una carpeta por línea"
        ),
        (Problem::UnknownStatement { name }, Lang::En) => format!(
            "\"{name}\" is not a folder of data/statements/: write one folder name per line"
        ),
    }
}

/// ", did you mean …?" when there are near names.
fn suggestion(nearest: &[String], lang: Lang) -> String {
    if nearest.is_empty() {
        return String::new();
    }
    let (open, close) = match lang {
        Lang::Es => ("«", "»"),
        Lang::En => ("\"", "\""),
    };
    let names = nearest
        .iter()
        .map(|name| format!("{open}{name}{close}"))
        .collect::<Vec<_>>();
    let or = match lang {
        Lang::Es => " o ",
        Lang::En => " or ",
    };
    match lang {
        Lang::Es => format!(" (¿quiso decir {}?)", names.join(or)),
        Lang::En => format!(" (did you mean {}?)", names.join(or)),
    }
}

fn expected_text(expected: Expected, lang: Lang) -> &'static str {
    match (expected, lang) {
        (Expected::Count, Lang::Es) => "un número entero, sin signos ni separadores (0 o más)",
        (Expected::Count, Lang::En) => "a whole number, without signs or separators (0 or more)",
        (Expected::Version, Lang::Es) => "un número entero positivo",
        (Expected::Version, Lang::En) => "a positive whole number",
        (Expected::Unit, Lang::Es) => "flights, people, organizations o un nombre en minúsculas con guiones",
        (Expected::Unit, Lang::En) => "flights, people, organizations or a lower-case name with hyphens",
        (Expected::Quantity, Lang::Es) => "exact, at_least, more_than, about o more_than_fraction",
        (Expected::Quantity, Lang::En) => "exact, at_least, more_than, about or more_than_fraction",
        (Expected::Status, Lang::Es) => "done, scheduled o projected",
        (Expected::Status, Lang::En) => "done, scheduled or projected",
        (Expected::YesNo, Lang::Es) => "yes o no (o la celda vacía)",
        (Expected::YesNo, Lang::En) => "yes or no (or an empty cell)",
        (Expected::Date, Lang::Es) => "una fecha AAAA-MM-DD, un mes AAAA-MM, un periodo AAAA-MM-DD/AAAA-MM-DD o, para cifras, «hasta» ../AAAA-MM-DD, con días que existen",
        (Expected::Date, Lang::En) => "a date YYYY-MM-DD, a month YYYY-MM, a range YYYY-MM-DD/YYYY-MM-DD or, for figures, \"up to\" ../YYYY-MM-DD, with days that exist",
        (Expected::Day, Lang::Es) => "una fecha AAAA-MM-DD que existe",
        (Expected::Day, Lang::En) => "a date YYYY-MM-DD that exists",
        (Expected::PlaceKind, Lang::Es) => "country, state, city, site o region",
        (Expected::PlaceKind, Lang::En) => "country, state, city, site or region",
        (Expected::EventKind, Lang::Es) => "peak, visit, meeting, operation o statement",
        (Expected::EventKind, Lang::En) => "peak, visit, meeting, operation or statement",
        (Expected::Topic, Lang::Es) => "controls, smuggling, repatriations, legal_pathways, root_causes, border o commitment",
        (Expected::Topic, Lang::En) => "controls, smuggling, repatriations, legal_pathways, root_causes, border or commitment",
        (Expected::Degrees, Lang::Es) => "grados decimales con punto (-99.13)",
        (Expected::Degrees, Lang::En) => "decimal degrees with a point (-99.13)",
        (Expected::Language, Lang::Es) => "es o en",
        (Expected::Language, Lang::En) => "es or en",
        (Expected::Id, Lang::Es) => "un identificador: minúsculas sin acentos, cifras y guiones (hasta 64)",
        (Expected::Id, Lang::En) => "an id: lower-case letters without accents, digits and hyphens (up to 64)",
        (Expected::SameCountAsSpanish, Lang::Es) => "tantos elementos separados por | como en la columna en español",
        (Expected::SameCountAsSpanish, Lang::En) => "as many |-separated items as the Spanish column has",
    }
}

fn not_shown_text(what: NotShownYet, lang: Lang) -> &'static str {
    match (what, lang) {
        (NotShownYet::Shape, Lang::Es) => "el comunicado es válido, pero los círculos del mapa necesitan cifras exactas: el total de vuelos por destino y cada una de sus líneas",
        (NotShownYet::Shape, Lang::En) => "the statement is valid, but the map's circles need exact figures: the flights total by destination and each of its lines",
        (NotShownYet::Origins, Lang::Es) => "el comunicado es válido, pero esta versión de la aplicación aún no dibuja orígenes (from)",
        (NotShownYet::Origins, Lang::En) => "the statement is valid, but this version of the app does not draw origins (from) yet",
        (NotShownYet::Unit, Lang::Es) => "el comunicado es válido, pero esta versión de la aplicación aún solo muestra vuelos y organizaciones",
        (NotShownYet::Unit, Lang::En) => "the statement is valid, but this version of the app shows only flights and organizations yet",
        (NotShownYet::NotDone, Lang::Es) => "el comunicado es válido, pero esta versión de la aplicación aún no muestra cifras programadas o previstas",
        (NotShownYet::NotDone, Lang::En) => "the statement is valid, but this version of the app does not show scheduled or projected figures yet",
        (NotShownYet::Cited, Lang::Es) => "el comunicado es válido, pero esta versión de la aplicación aún no muestra cifras conocidas solo por otra publicación",
        (NotShownYet::Cited, Lang::En) => "the statement is valid, but this version of the app does not show figures known only from another publication yet",
        (NotShownYet::Date, Lang::Es) => "el comunicado es válido, pero esta versión de la aplicación solo muestra vuelos de un periodo de días (AAAA-MM-DD/AAAA-MM-DD)",
        (NotShownYet::Date, Lang::En) => "the statement is valid, but this version of the app shows only flights over a range of days (YYYY-MM-DD/YYYY-MM-DD)",
    }
}

/// The message for a problem of a statement's folder in `lang`: `file:line:column: what`,
/// as compilers write it, so an editor can jump there.
pub fn describe_located(located: &Located, lang: Lang) -> String {
    let at = &located.at;
    format!(
        "{}:{}:{}: {}",
        at.file,
        at.line,
        at.column,
        what(&located.problem, lang)
    )
}

/// Every problem of a folder in both languages (or one), Spanish first.
pub fn report_located(problems: &[Located], langs: &[Lang]) -> String {
    problems
        .iter()
        .map(|problem| {
            langs
                .iter()
                .map(|lang| describe_located(problem, *lang))
                .collect::<Vec<_>>()
                .join("\n  ")
        })
        .map(|lines| format!("- {lines}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every problem in both languages, one per line, for a build that refuses an invalid
/// dataset: the same messages and JSON paths the loader gives.
///
/// ```
/// use corredor_core::data::{load, DATASET_JSON, EMBEDDED_SOURCES};
/// let broken = DATASET_JSON.replacen("\"total\": 79", "\"total\": 80", 1);
/// let report = corredor_core::i18n::problems::report(&load(&broken, &EMBEDDED_SOURCES).unwrap_err());
/// assert!(report.contains("En flights.total: los destinos suman 79 vuelos"));
/// assert!(report.contains("At flights.total: the destinations add up to 79 flights"));
/// ```
pub fn report(errors: &[ValidationError]) -> String {
    errors
        .iter()
        .map(|error| {
            format!(
                "- {}\n  {}",
                describe(error, Lang::Es),
                describe(error, Lang::En)
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{load, DATASET_JSON, EMBEDDED_SOURCES};

    #[test]
    fn every_message_names_its_path_in_both_languages() {
        let broken = DATASET_JSON.replacen("\"total\": 79", "\"total\": 80", 1);
        let problems = load(&broken, &EMBEDDED_SOURCES).unwrap_err();
        for lang in Lang::ALL {
            let message = describe(&problems[0], lang);
            assert!(message.contains("flights.total"), "{message}");
            assert!(
                message.contains("80") && message.contains("79"),
                "{message}"
            );
        }
        assert_ne!(
            describe(&problems[0], Lang::Es),
            describe(&problems[0], Lang::En)
        );
    }
}
