//! The dataset problems' messages, in both languages. Each names the JSON path.

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
    }
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
