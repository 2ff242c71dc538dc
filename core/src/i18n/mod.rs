//! The interface's strings in Spanish and English.
//!
//! Every string is a variant of [`Text`] and every variant is matched for both languages, so a
//! missing translation is a compile error, not a blank in the page. Dataset texts carry both
//! languages themselves (`data::Bilingual`) and validation refuses an empty one.

pub mod facts;
pub mod figures;
pub mod format;
pub mod places;
pub mod problems;
pub mod series;

pub use crate::lang::Lang;

/// Defines [`Text`] and [`Text::ALL`] from one list, so a string can never be left out of the
/// test that reads every interface string.
macro_rules! interface_texts {
    ($($(#[$doc:meta])* $name:ident,)*) => {
        /// One interface string, named by what it is for.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Text {
            $($(#[$doc])* $name,)*
        }

        impl Text {
            /// Every interface string, in declaration order.
            pub const ALL: &'static [Text] = &[$(Text::$name,)*];
        }
    };
}

interface_texts! {
    /// The accessible prefix of the language switch.
    SwitchLanguage,
    /// Column: destination.
    Destination,
    /// Column: number of flights.
    FlightsColumn,
    /// The label of the total row.
    Total,
    /// Marks a line of the source's list that names several countries with one figure (the
    /// text does not say how the flight served them).
    SharedFlight,
    /// Heading of the networks section.
    NetworksHeading,
    /// Says the list of places is not exhaustive.
    AmongOtherPlaces,
    /// Heading of the flows section.
    FlowsHeading,
    /// The disclosure that reveals a source sentence.
    ShowSource,
    /// Labels the Spanish original of a quote.
    OriginalSpanish,
    /// Labels the English translation of a quote.
    TranslationLabel,
    /// Heading of the downloads section.
    DownloadsHeading,
    /// Link: the flights table as CSV.
    DownloadFlightsCsv,
    /// Link: the full dataset as JSON.
    DownloadDatasetJson,
    /// Link to the statement's figures table (`figures.csv`) as CSV.
    DownloadFiguresCsv,
    /// Button: the current view as an SVG picture.
    DownloadImageSvg,
    /// Button: the current view as a PNG picture.
    DownloadImagePng,
    /// The picture could not be made: its script, its composer or its style sheet did not load.
    ImageStyleMissing,
    /// A written part (tables, details' bodies, footer) of the language switched to could not
    /// be had: the shown one stays.
    LanguagePartsFailed,
    /// The picture could not be made: the browser could not draw it.
    ImageDrawFailed,
    /// The footer's source line label.
    SourceLine,
    /// The map's accessible name.
    MapLabel,
    /// Button: zoom in.
    ZoomIn,
    /// Button: zoom out.
    ZoomOut,
    /// Button: back to the whole region.
    ResetView,
    /// Heading of the legend, which also holds the layer switches.
    LegendHeading,
    /// Layer: networks.
    LayerNetworks,
    /// Layer: meetings.
    LayerMeetings,
    /// How to read the flight symbols.
    FlightsLegendNote,
    /// Marks the Cali-Baja circle as approximate.
    ApproximateArea,
    /// Heading of the off-map callout.
    OffMapHeading,
    /// How to zoom with the wheel without hijacking the page's scroll.
    WheelHint,
    /// The map's keyboard shortcuts.
    KeyboardHint,
    /// The details panel before anything is selected.
    SelectPrompt,
    /// Button: clear the selection.
    ClearSelection,
    /// Heading of a place's events.
    EventsHeading,
    /// Heading of the details panel.
    DetailsHeading,
    /// Shown instead of the map when its geometry cannot be read.
    MapError,
    /// Heading of an event's places.
    PlacesHeading,
    /// Heading of an event's participants.
    ParticipantsHeading,
    /// Heading of the timeline.
    TimelineHeading,
    /// The timeline cursor's accessible name.
    TimelineCursor,
    /// Button: play the timeline.
    Play,
    /// Button: pause the timeline.
    Pause,
    /// Button: previous event.
    PreviousEvent,
    /// Button: next event.
    NextEvent,
    /// Heading of the events table.
    EventsTableCaption,
    /// Column: date.
    DateColumn,
    /// Column: event.
    EventColumn,
    /// Column: places.
    PlacesColumn,
    /// Column: share of the total.
    ShareColumn,
    /// Heading of the table view.
    TablesHeading,
    /// Event kind: a highest point (a month).
    KindPeak,
    /// Event kind: a visit.
    KindVisit,
    /// Event kind: a meeting.
    KindMeeting,
    /// Event kind: an operation over a period.
    KindOperation,
    /// Event kind: the statement.
    KindStatement,
    /// A period that has started and not ended.
    UnderWay,
    /// Button: copy a link to the current view.
    ShareLink,
    /// Button and dialog heading: embed the current view.
    Embed,
    /// Explains the embed snippet.
    EmbedHelp,
    /// Label of the snippet.
    EmbedCode,
    /// Button: copy the snippet.
    CopyCode,
    /// Button: close a dialog.
    Close,
    /// After copying.
    Copied,
    /// When the clipboard refused.
    CopyFailed,
    /// Summary of the collapsed tables in embed mode.
    ShowTables,
    /// A place where the networks operated, mid-sentence (never "dismantled there").
    NetworksOperatedHere,
    /// Labels a fact from outside the statement.
    ContextLabel,
    /// Heading of the list of everything the statement says.
    StatementHeading,
    /// Heading of what the text states a meeting achieved.
    OutcomesHeading,
    /// Column: what a meeting addressed.
    AgendaColumn,
    /// The link to an outside source.
    ContextSourceLink,
    /// Introduces the places where the networks operated.
    OperatedIn,
    /// Marks a site or region whose location the text does not give.
    ApproximatePosition,
    /// Link, in an embed: the standalone page with the current view, in a new tab.
    OpenFullView,
    /// The embed's disclosure of who speaks in the text and where it comes from.
    AboutTheText,
    /// The link to the corrections log's page.
    CorrectionsLog,
    /// Labels a figure known only from another publication.
    ReportedBy,
    /// Heading of the statement's figures outside the flights and organizations blocks.
    OtherFiguresHeading,
    /// Column: a figure with its unit.
    FigureColumn,
    /// Column: done, scheduled or projected.
    StatusColumn,
    /// Column: where the flights left from.
    FromColumn,
    /// Column: where the figure's source is.
    SourceColumn,
    /// The row that adds up a total's parts.
    SumOfParts,
    /// The banner of a made-up statement (`example: yes`).
    ExampleBanner,
    /// The cities layer of a statement whose cities hold no meeting: its dateline.
    LayerStatementPlace,
    /// The cities layer when its cities hold meetings or visits, and not the dateline.
    LayerMeetingPlaces,
    /// The cities layer when its cities hold other events too (an operation, a peak).
    LayerEventPlaces,
    /// The key's note on the lines, for a flights list that names origins.
    RoutesNote,
    /// The figures table's heading when the text gives no flights or organizations block.
    FiguresHeading,
    /// The figures table's heading for a statement known only from the press.
    ReportedFiguresHeading,
    /// The details' prompt for a statement known only from the press (no source sentence).
    SelectPromptReported,
    /// The picker's name: the statements of the series.
    StatementsPicker,
    /// The details' heading of a place's figure in each statement.
    InEachStatement,
    /// The comparison table's heading.
    ComparisonHeading,
    /// Under the comparison table: what its differences are, and are not.
    ComparisonNote,
    /// The embed dialog's choice: this statement alone, pinned.
    PinStatement,

}

impl Text {
    /// The string in `lang`.
    ///
    /// ```
    /// use corredor_core::i18n::{Lang, Text};
    /// assert_ne!(Text::Play.in_lang(Lang::Es), Text::Play.in_lang(Lang::En));
    /// ```
    pub fn in_lang(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Text::SwitchLanguage, Lang::Es) => "Cambiar el idioma: ",
            (Text::SwitchLanguage, Lang::En) => "Switch the language: ",
            (Text::Destination, Lang::Es) => "Destino",
            (Text::Destination, Lang::En) => "Destination",
            (Text::FlightsColumn, Lang::Es) => "Vuelos",
            (Text::FlightsColumn, Lang::En) => "Flights",
            (Text::Total, Lang::Es) => "Total",
            (Text::Total, Lang::En) => "Total",
            (Text::SharedFlight, Lang::Es) => "una línea de la lista nombra a ambos",
            (Text::SharedFlight, Lang::En) => "one line of the list names both",
            (Text::NetworksHeading, Lang::Es) => "Organizaciones criminales desarticuladas",
            (Text::NetworksHeading, Lang::En) => "Criminal organizations dismantled",
            (Text::AmongOtherPlaces, Lang::Es) => "entre otros lugares",
            (Text::AmongOtherPlaces, Lang::En) => "among other places",
            (Text::FlowsHeading, Lang::Es) => "Flujos migratorios",
            (Text::FlowsHeading, Lang::En) => "Migration flows",
            (Text::ShowSource, Lang::Es) => "Fuente",
            (Text::ShowSource, Lang::En) => "Source",
            (Text::OriginalSpanish, Lang::Es) => "Original en español",
            (Text::OriginalSpanish, Lang::En) => "Spanish original",
            (Text::TranslationLabel, Lang::Es) => "Traducción no oficial al inglés",
            (Text::TranslationLabel, Lang::En) => "Unofficial English translation",
            (Text::DownloadsHeading, Lang::Es) => "Descargar los datos",
            (Text::DownloadsHeading, Lang::En) => "Download the data",
            (Text::DownloadFlightsCsv, Lang::Es) => "Vuelos por destino (CSV)",
            (Text::DownloadFlightsCsv, Lang::En) => "Flights by destination (CSV)",
            (Text::DownloadDatasetJson, Lang::Es) => "Conjunto de datos completo (JSON)",
            (Text::DownloadDatasetJson, Lang::En) => "Full dataset (JSON)",
            (Text::DownloadFiguresCsv, Lang::Es) => "Cifras, una por fila (CSV)",
            (Text::DownloadFiguresCsv, Lang::En) => "Figures, one per row (CSV)",
            (Text::DownloadImageSvg, Lang::Es) => "Imagen de esta vista (SVG)",
            (Text::DownloadImageSvg, Lang::En) => "Image of this view (SVG)",
            (Text::DownloadImagePng, Lang::Es) => "Imagen de esta vista (PNG)",
            (Text::DownloadImagePng, Lang::En) => "Image of this view (PNG)",
            (Text::ImageStyleMissing, Lang::Es) => "No se pudo crear la imagen: no se cargó un archivo que necesita (picture.js, el compositor picture_composer o images/picture.css). Recargue la página con conexión e inténtelo de nuevo.",
            (Text::LanguagePartsFailed, Lang::Es) => "Parte de la página (las tablas, los detalles o el pie) no se pudo cargar en español: sigue en el idioma anterior. Recargue la página con conexión para verla en español.",
            (Text::LanguagePartsFailed, Lang::En) => "Part of the page (the tables, the details or the footer) could not be loaded in English: it stays in the previous language. Reload the page while online to see it in English.",
            (Text::ImageStyleMissing, Lang::En) => "The image could not be made: a file it needs (picture.js, the picture_composer module or images/picture.css) did not load. Reload the page while online and try again.",
            (Text::ImageDrawFailed, Lang::Es) => "No se pudo crear la imagen PNG: el navegador no pudo dibujar el mapa. La imagen SVG sí funciona.",
            (Text::ImageDrawFailed, Lang::En) => "The PNG image could not be made: the browser could not draw the map. The SVG image still works.",
            (Text::SourceLine, Lang::Es) => "Fuente",
            (Text::SourceLine, Lang::En) => "Source",
            (Text::MapLabel, Lang::Es) => {
                "Mapa: Estados Unidos, México, Centroamérica, el Caribe y el norte de Sudamérica"
            }
            (Text::MapLabel, Lang::En) => {
                "Map: the United States, Mexico, Central America, the Caribbean and northern South America"
            }
            (Text::ZoomIn, Lang::Es) => "Acercar",
            (Text::ZoomIn, Lang::En) => "Zoom in",
            (Text::ZoomOut, Lang::Es) => "Alejar",
            (Text::ZoomOut, Lang::En) => "Zoom out",
            (Text::ResetView, Lang::Es) => "Ver toda la región",
            (Text::ResetView, Lang::En) => "Show the whole region",
            (Text::LegendHeading, Lang::Es) => "Leyenda y capas",
            (Text::LegendHeading, Lang::En) => "Legend and layers",
            (Text::LayerNetworks, Lang::Es) => "Dónde operaban organizaciones criminales desarticuladas",
            (Text::LayerNetworks, Lang::En) => "Where dismantled criminal organizations operated",
            (Text::LayerMeetings, Lang::Es) => "Reuniones y lugar del comunicado",
            (Text::LayerMeetings, Lang::En) => "Meetings and the statement's dateline",
            (Text::FlightsLegendNote, Lang::Es) => "El área del círculo es proporcional al número de vuelos.",
            (Text::FlightsLegendNote, Lang::En) => "Circle area is proportional to the number of flights.",
            (Text::ApproximateArea, Lang::Es) => {
                "Ubicación y extensión aproximadas: el texto no las da."
            }
            (Text::ApproximateArea, Lang::En) => {
                "Approximate location and extent: the text gives neither."
            }
            (Text::OffMapHeading, Lang::Es) => "Fuera del mapa",
            (Text::OffMapHeading, Lang::En) => "Off the map",
            (Text::WheelHint, Lang::Es) => {
                "Para acercar con la rueda, mantenga Ctrl (⌘ en Mac) o haga clic antes en el mapa."
            }
            (Text::WheelHint, Lang::En) => {
                "To zoom with the wheel, hold Ctrl (⌘ on Mac) or click the map first."
            }
            (Text::KeyboardHint, Lang::Es) => {
                "Teclado: flechas para mover, + y − para acercar o alejar, 0 para ver toda la región, Esc para quitar la selección."
            }
            (Text::KeyboardHint, Lang::En) => {
                "Keyboard: arrows to move, + and − to zoom, 0 to show the whole region, Esc to clear the selection."
            }
            (Text::SelectPrompt, Lang::Es) => {
                "Seleccione un país, un estado o un punto del mapa para ver sus cifras y la frase de la fuente."
            }
            (Text::SelectPrompt, Lang::En) => {
                "Select a country, a state or a point on the map to see its figures and the source sentence."
            }
            (Text::ClearSelection, Lang::Es) => "Quitar la selección",
            (Text::ClearSelection, Lang::En) => "Clear the selection",
            (Text::EventsHeading, Lang::Es) => "Eventos",
            (Text::EventsHeading, Lang::En) => "Events",
            (Text::DetailsHeading, Lang::Es) => "Detalles",
            (Text::DetailsHeading, Lang::En) => "Details",
            (Text::MapError, Lang::Es) => {
                "No se pudo leer la geometría del mapa. Las cifras y la tabla siguen disponibles más abajo."
            }
            (Text::MapError, Lang::En) => {
                "The map's geometry could not be read. The figures and the table are still available below."
            }
            (Text::PlacesHeading, Lang::Es) => "Lugares",
            (Text::PlacesHeading, Lang::En) => "Places",
            (Text::ParticipantsHeading, Lang::Es) => "Participantes",
            (Text::ParticipantsHeading, Lang::En) => "Participants",
            (Text::TimelineHeading, Lang::Es) => "Línea de tiempo",
            (Text::TimelineHeading, Lang::En) => "Timeline",
            (Text::TimelineCursor, Lang::Es) => "Fecha del mapa",
            (Text::TimelineCursor, Lang::En) => "Map date",
            (Text::Play, Lang::Es) => "Reproducir",
            (Text::Play, Lang::En) => "Play",
            (Text::Pause, Lang::Es) => "Pausar",
            (Text::Pause, Lang::En) => "Pause",
            (Text::PreviousEvent, Lang::Es) => "Evento anterior",
            (Text::PreviousEvent, Lang::En) => "Previous event",
            (Text::NextEvent, Lang::Es) => "Evento siguiente",
            (Text::NextEvent, Lang::En) => "Next event",
            (Text::EventsTableCaption, Lang::Es) => "Eventos, en orden cronológico",
            (Text::EventsTableCaption, Lang::En) => "Events, in chronological order",
            (Text::DateColumn, Lang::Es) => "Fecha",
            (Text::DateColumn, Lang::En) => "Date",
            (Text::EventColumn, Lang::Es) => "Evento",
            (Text::EventColumn, Lang::En) => "Event",
            (Text::PlacesColumn, Lang::Es) => "Lugares",
            (Text::PlacesColumn, Lang::En) => "Places",
            (Text::ShareColumn, Lang::Es) => "% del total",
            (Text::ShareColumn, Lang::En) => "% of total",
            (Text::TablesHeading, Lang::Es) => "Los datos en tablas",
            (Text::TablesHeading, Lang::En) => "The data as tables",
            (Text::KindPeak, Lang::Es) => "Punto más alto (mes)",
            (Text::KindPeak, Lang::En) => "Highest point (month)",
            (Text::KindVisit, Lang::Es) => "Visita",
            (Text::KindVisit, Lang::En) => "Visit",
            (Text::KindMeeting, Lang::Es) => "Reunión",
            (Text::KindMeeting, Lang::En) => "Meeting",
            (Text::KindOperation, Lang::Es) => "Periodo",
            (Text::KindOperation, Lang::En) => "Period",
            (Text::KindStatement, Lang::Es) => "Comunicado",
            (Text::KindStatement, Lang::En) => "Statement",
            (Text::UnderWay, Lang::Es) => "en curso",
            (Text::UnderWay, Lang::En) => "under way",
            (Text::ShareLink, Lang::Es) => "Copiar enlace a esta vista",
            (Text::ShareLink, Lang::En) => "Copy a link to this view",
            (Text::Embed, Lang::Es) => "Insertar en una página",
            (Text::Embed, Lang::En) => "Embed in a page",
            (Text::EmbedHelp, Lang::Es) => {
                "Pegue este código en su artículo. Muestra la vista actual, se ajusta a su altura, no usa cookies y no llama a terceros."
            }
            (Text::EmbedHelp, Lang::En) => {
                "Paste this code into your article. It shows the current view, sizes itself, sets no cookie and calls no third party."
            }
            (Text::EmbedCode, Lang::Es) => "Código para insertar",
            (Text::EmbedCode, Lang::En) => "Embed code",
            (Text::CopyCode, Lang::Es) => "Copiar el código",
            (Text::CopyCode, Lang::En) => "Copy the code",
            (Text::Close, Lang::Es) => "Cerrar",
            (Text::Close, Lang::En) => "Close",
            (Text::Copied, Lang::Es) => "Copiado.",
            (Text::Copied, Lang::En) => "Copied.",
            (Text::CopyFailed, Lang::Es) => "No se pudo copiar: seleccione el texto y cópielo a mano.",
            (Text::CopyFailed, Lang::En) => "Could not copy: select the text and copy it by hand.",
            (Text::ShowTables, Lang::Es) => "Ver los datos en tablas",
            (Text::ShowTables, Lang::En) => "Show the data as tables",
            (Text::NetworksOperatedHere, Lang::Es) => "aquí operaban organizaciones criminales desarticuladas",
            (Text::NetworksOperatedHere, Lang::En) => "dismantled criminal organizations operated here",
            (Text::CorrectionsLog, Lang::Es) => "Registro de correcciones",
            (Text::CorrectionsLog, Lang::En) => "Corrections log",
            (Text::ContextLabel, Lang::Es) => "Contexto, fuera del comunicado",
            (Text::ContextLabel, Lang::En) => "Context, from outside the statement",
            (Text::StatementHeading, Lang::Es) => "Lo que dice el comunicado",
            (Text::StatementHeading, Lang::En) => "What the statement says",
            (Text::OutcomesHeading, Lang::Es) => "Resultado, según el texto",
            (Text::OutcomesHeading, Lang::En) => "Outcome, according to the text",
            (Text::AgendaColumn, Lang::Es) => "Temas",
            (Text::AgendaColumn, Lang::En) => "Agenda",
            (Text::ContextSourceLink, Lang::Es) => "fuente externa",
            (Text::ContextSourceLink, Lang::En) => "outside source",
            (Text::OperatedIn, Lang::Es) => "Operaban en",
            (Text::OperatedIn, Lang::En) => "They operated in",
            (Text::ApproximatePosition, Lang::Es) => "posición aproximada; el texto no da la ubicación",
            (Text::ApproximatePosition, Lang::En) => "approximate position; the text gives no location",
            (Text::OpenFullView, Lang::Es) => "Abrir la vista completa",
            (Text::OpenFullView, Lang::En) => "Open the full view",
            (Text::AboutTheText, Lang::Es) => "¿Quién habla? Origen del texto",
            (Text::AboutTheText, Lang::En) => "Who speaks? Where the text is from",
            (Text::ReportedBy, Lang::Es) => "Reportado por",
            (Text::ReportedBy, Lang::En) => "Reported by",
            (Text::OtherFiguresHeading, Lang::Es) => "Otras cifras del texto",
            (Text::OtherFiguresHeading, Lang::En) => "Other figures in the text",
            (Text::FigureColumn, Lang::Es) => "Cifra",
            (Text::FigureColumn, Lang::En) => "Figure",
            (Text::StatusColumn, Lang::Es) => "Estado",
            (Text::StatusColumn, Lang::En) => "Status",
            (Text::FromColumn, Lang::Es) => "Desde",
            (Text::FromColumn, Lang::En) => "From",
            (Text::SourceColumn, Lang::Es) => "Fuente",
            (Text::SourceColumn, Lang::En) => "Source",
            (Text::SumOfParts, Lang::Es) => "Suma de las partes (calculada)",
            (Text::SumOfParts, Lang::En) => "Sum of the parts (computed)",
            (Text::LayerStatementPlace, Lang::Es) => "Lugar del comunicado",
            (Text::LayerStatementPlace, Lang::En) => "Where the statement was issued",
            (Text::LayerMeetingPlaces, Lang::Es) => "Lugares de las reuniones",
            (Text::LayerMeetingPlaces, Lang::En) => "Where the meetings were held",
            (Text::LayerEventPlaces, Lang::Es) => "Ciudades de los eventos",
            (Text::LayerEventPlaces, Lang::En) => "Cities of the events",
            (Text::RoutesNote, Lang::Es) => {
                "Las líneas van de cada origen que nombra el texto (un punto) a su destino; los vuelos de una línea de la lista con varios orígenes son una sola cifra, sin repartirla."
            }
            (Text::RoutesNote, Lang::En) => {
                "The lines run from each origin the text names (a dot) to its destination; the flights of a line of the list with several origins are a single figure, never divided."
            }
            (Text::FiguresHeading, Lang::Es) => "Cifras del texto",
            (Text::FiguresHeading, Lang::En) => "Figures in the text",
            (Text::ReportedFiguresHeading, Lang::Es) => "Cifras del comunicado, según los medios que las publicaron",
            (Text::ReportedFiguresHeading, Lang::En) => "The statement's figures, as the outlets that published them report them",
            (Text::SelectPromptReported, Lang::Es) => {
                "Seleccione un país, un estado o un punto del mapa para ver sus cifras y quién las publicó."
            }
            (Text::SelectPromptReported, Lang::En) => {
                "Select a country, a state or a point on the map to see its figures and who reported them."
            }
            (Text::PinStatement, Lang::Es) => "Solo este comunicado: lo que muestra no cambia cuando se añadan otros",
            (Text::PinStatement, Lang::En) => "This statement only: what it shows does not change when others are added",
            (Text::StatementsPicker, Lang::Es) => "Comunicados",
            (Text::StatementsPicker, Lang::En) => "Statements",
            (Text::InEachStatement, Lang::Es) => "En cada comunicado",
            (Text::InEachStatement, Lang::En) => "In each statement",
            (Text::ComparisonHeading, Lang::Es) => "Los vuelos por destino en cada comunicado",
            (Text::ComparisonHeading, Lang::En) => "Flights by destination in each statement",
            (Text::ComparisonNote, Lang::Es) => {
                "Cada cifra es la de su comunicado, con su periodo, su estado y su fuente. Las diferencias las calculamos nosotros, solo entre cifras que pertenecen cada una a un solo lugar o entre totales; no están en ningún comunicado ni son vuelos de los días entre una fecha y otra. Una línea que nombra varios países no se compara."
            }
            (Text::ComparisonNote, Lang::En) => {
                "Each figure is its statement's, with its period, status and source. We compute the differences, only between figures that each belong to one place or between totals; they are in no statement and are not flights on the days between one date and the other. A line that names several countries is not compared."
            }
            (Text::ExampleBanner, Lang::Es) => "Ejemplo inventado: este comunicado no es real y ninguna de sus cifras es una noticia.",
            (Text::ExampleBanner, Lang::En) => "Made-up example: this statement is not real and none of its figures is news.",
        }
    }
}

/// "79 flights, 1–21 January 2024": the headline of the flights section.
///
/// ```
/// use corredor_core::i18n::{flights_total, Lang};
/// assert_eq!(flights_total(79, "1–21 de enero de 2024", Lang::Es), "79 vuelos, 1–21 de enero de 2024");
/// ```
pub fn flights_total(total: u32, period: &str, lang: Lang) -> String {
    let count = format::number(u64::from(total), lang);
    match (lang, total) {
        (Lang::Es, 1) => format!("1 vuelo, {period}"),
        (Lang::Es, _) => format!("{count} vuelos, {period}"),
        (Lang::En, 1) => format!("1 flight, {period}"),
        (Lang::En, _) => format!("{count} flights, {period}"),
    }
}

/// "36 vuelos", "1 flight".
///
/// ```
/// use corredor_core::i18n::{flights_count, Lang};
/// assert_eq!(flights_count(1, Lang::Es), "1 vuelo");
/// assert_eq!(flights_count(36, Lang::En), "36 flights");
/// ```
pub fn flights_count(count: u32, lang: Lang) -> String {
    let number = format::number(u64::from(count), lang);
    match (lang, count) {
        (Lang::Es, 1) => "1 vuelo".to_owned(),
        (Lang::Es, _) => format!("{number} vuelos"),
        (Lang::En, 1) => "1 flight".to_owned(),
        (Lang::En, _) => format!("{number} flights"),
    }
}

/// A figure on a line of the source's list that also names other countries: said as the
/// list says it, credited to neither alone, and never read as a flight that served both.
///
/// ```
/// use corredor_core::i18n::{shared_flights, Lang};
/// assert!(shared_flights(1, "India", Lang::En).starts_with("1 flight, on one line of the list that also names India"));
/// ```
pub fn shared_flights(count: u32, partners: &str, lang: Lang) -> String {
    let on_the_line = shared_line(count, partners, lang);
    match lang {
        Lang::Es => {
            format!("{on_the_line}; la fuente no lo atribuye a ninguno de ellos por separado")
        }
        Lang::En => format!("{on_the_line}; the source credits it to neither country alone"),
    }
}

/// "1 vuelo, en una línea de la lista que nombra también a India".
pub fn shared_line(count: u32, partners: &str, lang: Lang) -> String {
    let flights = flights_count(count, lang);
    match lang {
        Lang::Es => format!("{flights}, en una línea de la lista que nombra también a {partners}"),
        Lang::En => format!("{flights}, on one line of the list that also names {partners}"),
    }
}

/// The government that flew the flights, in the statement's words for them: "Realizó los 79
/// vuelos de repatriación".
pub fn operated_flights(flights: &crate::data::Flights, lang: Lang) -> String {
    let total = format::number(u64::from(flights.total), lang);
    let name = flights.name.get(lang);
    match lang {
        Lang::Es => format!("Realizó los {total} {name}"),
        Lang::En => format!("Carried out the {total} {name}"),
    }
}

/// The flows claim, attributed to the statement and with the cause it states (verbatim from
/// its quote, validated), never in our own voice: "According to the statement, the positive
/// impact of the efforts … has led to a reduction of more than half …".
///
/// ```
/// use corredor_core::i18n::{flows_reduced, Lang};
/// let line = flows_reduced("more than half", "December [2023]", Some("the efforts"), Lang::En);
/// assert_eq!(line, "According to the statement, the positive impact of the efforts has led to a reduction of more than half of the migration flows since their highest point (December [2023]).");
/// ```
pub fn flows_reduced(fraction: &str, peak: &str, cause: Option<&str>, lang: Lang) -> String {
    match (lang, cause) {
        (Lang::Es, Some(cause)) => format!(
            "Según el comunicado, el impacto positivo de {cause} ha llevado a la reducción de {fraction} de los flujos migratorios desde su punto más alto ({peak})."
        ),
        (Lang::Es, None) => format!(
            "Según el comunicado, los flujos migratorios se redujeron en {fraction} desde su punto más alto ({peak})."
        ),
        (Lang::En, Some(cause)) => format!(
            "According to the statement, the positive impact of {cause} has led to a reduction of {fraction} of the migration flows since their highest point ({peak})."
        ),
        (Lang::En, None) => format!(
            "According to the statement, migration flows fell by {fraction} from their highest point ({peak})."
        ),
    }
}

impl crate::data::EventKind {
    /// Its name, as the timeline's key and marks say it.
    pub fn name(self, lang: Lang) -> &'static str {
        use crate::data::EventKind;
        match self {
            EventKind::Peak => Text::KindPeak,
            EventKind::Visit => Text::KindVisit,
            EventKind::Meeting => Text::KindMeeting,
            EventKind::Operation => Text::KindOperation,
            EventKind::Statement => Text::KindStatement,
        }
        .in_lang(lang)
    }
}
