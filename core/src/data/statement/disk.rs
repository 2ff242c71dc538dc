//! Reading statement folders from disk, for the build script and `cargo xtask check` (the
//! app itself never reads files: its data is compiled in).

use std::path::Path;

use crate::data::error::Problem;
use crate::data::statement::{collection, Folder, Gazetteer, Located, Location};

/// A folder's files, read from disk: each name and its bytes, sorted by name.
#[derive(Clone, Debug, Default)]
pub struct FolderOnDisk {
    /// The folder's path, as problems name it.
    pub path: String,
    /// Every file directly inside it.
    pub files: Vec<(String, Vec<u8>)>,
}

impl FolderOnDisk {
    /// Reads every file directly inside `path` (not its subfolders).
    pub fn read(path: &Path) -> std::io::Result<FolderOnDisk> {
        let mut files = Vec::new();
        for entry in std::fs::read_dir(path)? {
            let entry = entry?;
            if entry.file_type()?.is_file() {
                let name = entry.file_name().to_string_lossy().into_owned();
                files.push((name, std::fs::read(entry.path())?));
            }
        }
        files.sort();
        Ok(FolderOnDisk {
            path: path.to_string_lossy().into_owned(),
            files,
        })
    }

    /// The folder's own name, the last part of its path: a statement's id in the collection
    /// and in URLs.
    pub fn name(&self) -> &str {
        self.path.rsplit(['/', '\\']).next().unwrap_or(&self.path)
    }

    /// Calls `with` on the folder as the reader takes it.
    pub fn with<T>(&self, with: impl FnOnce(Folder) -> T) -> T {
        let files: Vec<(&str, &[u8])> = self
            .files
            .iter()
            .map(|(name, bytes)| (name.as_str(), bytes.as_slice()))
            .collect();
        with(Folder {
            path: &self.path,
            files: &files,
        })
    }
}

/// The gazetteer at `data/places.csv` under `root`, and its path as problems name it.
pub fn gazetteer(root: &Path) -> Result<(String, Vec<u8>), Located> {
    let path = root.join("places.csv");
    let label = path.to_string_lossy().into_owned();
    std::fs::read(&path)
        .map(|bytes| (label.clone(), bytes))
        .map_err(|_| {
            Located::new(
                Location::new(&label, 1, 1),
                Problem::MissingFile {
                    name: label.clone(),
                },
            )
        })
}

/// The gazetteer as the reader takes it.
pub fn as_gazetteer<'a>(read: &'a (String, Vec<u8>)) -> Gazetteer<'a> {
    Gazetteer {
        path: &read.0,
        bytes: &read.1,
    }
}

/// The statements `root/collection.txt` names, each read from `root/statements/<name>`.
pub fn shown_statements(root: &Path) -> Result<Vec<FolderOnDisk>, Vec<Located>> {
    let path = root.join("collection.txt");
    let label = path.to_string_lossy().into_owned();
    let text = std::fs::read_to_string(&path).map_err(|_| {
        vec![Located::new(
            Location::new(&label, 1, 1),
            Problem::MissingFile {
                name: label.clone(),
            },
        )]
    })?;
    let names = collection(&label, &text)?;
    let mut folders = Vec::new();
    let mut problems = Vec::new();
    for (line, name) in names {
        match FolderOnDisk::read(&root.join("statements").join(&name)) {
            Ok(folder) => folders.push(folder),
            Err(_) => problems.push(Located::new(
                Location::new(&label, line, 1),
                Problem::UnknownStatement { name },
            )),
        }
    }
    if problems.is_empty() {
        Ok(folders)
    } else {
        Err(problems)
    }
}

/// The worked example (`examples/statements/2024-03-08-example`) read from disk with the
/// shared gazetteer, as `cargo xtask check` reads it: for the core's tests of what it shows.
#[cfg(test)]
pub(crate) fn read_example() -> super::read::Reading {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let places = gazetteer(&root.join("data")).expect("the gazetteer");
    let folder = FolderOnDisk::read(&root.join("examples/statements/2024-03-08-example"))
        .expect("the worked example");
    folder.with(|files| super::read(as_gazetteer(&places), files))
}
