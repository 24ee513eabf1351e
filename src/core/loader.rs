//! Reading documents in the background: a list of documents by `DocId` (two for the reader, a
//! source and its many rewrites for a ranking), read by a few worker threads. Each document is
//! sent as soon as its first bytes are decoded (a prefix, `Document::partial`), again as it
//! doubles, then whole, or its one-line error; a file whose writer has not written yet (a FIFO)
//! only holds up its own worker. The reader's first frame and its "waiting for" screen both come
//! from here.

pub mod set;

use std::collections::VecDeque;
use std::io::{self, Read};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::core::document::{Document, DocumentBuilder, STDIN, STDIN_NAME};
use crate::core::html;
use crate::core::load::{self, LoadError, MAX_FILE_BYTES, Opened};
use crate::core::side::DocId;

/// The first read: enough text for a first screen of any terminal, and the bytes that settle
/// UTF-16 against 8-bit text (`load::SNIFF_BYTES`), so that the first screen is rarely redone.
const FIRST_READ: usize = load::SNIFF_BYTES;
/// Later reads.
const READ: usize = 1024 * 1024;
/// A prefix is sent again at least this often while it grows (a slow pipe), besides each time
/// it doubles.
const RESEND_AFTER: Duration = Duration::from_millis(200);

/// Where a document comes from.
#[derive(Debug)]
pub enum Source {
    /// A file that passed `load::open_checked` (so a missing file is a one-line error before
    /// anything else happens), read here; `shown` is its path as printed.
    Opened { opened: Opened, shown: String },
    /// Bytes in memory (the bundled articles), under a name.
    Bytes { name: String, bytes: &'static [u8] },
    /// Standard input (`-`).
    Stdin,
}

impl Source {
    /// The file at `path`, checked and (if it is a regular file) opened.
    pub fn file(path: &Path) -> Result<Source, LoadError> {
        if path == Path::new(STDIN) {
            return Ok(Source::Stdin);
        }
        Ok(Source::Opened {
            opened: load::open_checked(path)?,
            shown: load::display_path(path),
        })
    }

    /// The path shown for this document before any of it has come.
    pub fn shown(&self) -> &str {
        match self {
            Source::Opened { shown, .. } => shown,
            Source::Bytes { name, .. } => name,
            Source::Stdin => STDIN_NAME,
        }
    }
}

/// What the loader says about one document.
#[derive(Debug)]
pub enum Event {
    /// Document `id` as far as it is read (`partial`), or whole.
    Document(DocId, Arc<Document>),
    /// Bytes of document `id` read so far, and how many there are when that is known.
    Read {
        id: DocId,
        bytes: u64,
        total: Option<u64>,
    },
    /// Document `id` cannot be read, or is not text.
    Failed(DocId, LoadError),
}

/// Documents being read in the background. Dropping it stops the workers at their next read
/// (one blocked on a FIFO with no writer ends with the process).
#[derive(Debug)]
pub struct Loader {
    events: Receiver<Event>,
    stop: Arc<AtomicBool>,
    count: usize,
}

impl Loader {
    /// Starts reading `sources`, in order, on as many threads as there are cores (at least two,
    /// so that one slow pipe does not hold up a second document).
    pub fn start(sources: Vec<(DocId, Source)>) -> io::Result<Loader> {
        let count = sources.len();
        let workers = std::thread::available_parallelism()
            .map_or(2, |n| n.get().max(2))
            .min(count);
        let queue = Arc::new(Mutex::new(VecDeque::from(sources)));
        let stop = Arc::new(AtomicBool::new(false));
        let (tx, events) = mpsc::channel();
        for n in 0..workers {
            let (queue, stop, tx) = (Arc::clone(&queue), Arc::clone(&stop), tx.clone());
            std::thread::Builder::new()
                .name(format!("loader {n}"))
                .spawn(move || {
                    let mut send = |event| tx.send(event).is_ok();
                    loop {
                        let next = queue.lock().ok().and_then(|mut q| q.pop_front());
                        let Some((id, source)) = next else { break };
                        if stop.load(Ordering::Relaxed) || !read_one(id, source, &mut send, &stop) {
                            break;
                        }
                    }
                })?;
        }
        Ok(Loader {
            events,
            stop,
            count,
        })
    }

    /// The next event, if one is waiting.
    pub fn try_next(&self) -> Option<Event> {
        self.events.try_recv().ok()
    }

    /// The next event, waiting for it until `deadline` at most.
    pub fn next_before(&self, deadline: Instant) -> Option<Event> {
        let wait = deadline.saturating_duration_since(Instant::now());
        self.events.recv_timeout(wait).ok()
    }

    /// Waits for every document whole. When several fail, the error of the first (by `DocId`)
    /// is the one given, whatever order they failed in.
    pub fn finish_all(self) -> Result<Vec<Arc<Document>>, LoadError> {
        let mut docs: Vec<Option<Result<Arc<Document>, LoadError>>> =
            (0..self.count).map(|_| None).collect();
        while docs.iter().any(Option::is_none) {
            let Ok(event) = self.events.recv() else { break };
            match event {
                Event::Document(id, doc) if !doc.partial => {
                    if let Some(slot) = docs.get_mut(id.index()) {
                        *slot = Some(Ok(doc));
                    }
                }
                Event::Failed(id, err) => {
                    if let Some(slot) = docs.get_mut(id.index()) {
                        *slot = Some(Err(err));
                    }
                }
                _ => {}
            }
        }
        docs.into_iter()
            .map(|d| {
                d.unwrap_or_else(|| {
                    Err(LoadError::Io(
                        String::new(),
                        io::Error::other("the loader stopped"),
                    ))
                })
            })
            .collect()
    }
}

impl Drop for Loader {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

/// What a reading hands each event to; false when nobody listens any more.
pub(crate) type Sink<'a> = &'a mut dyn FnMut(Event) -> bool;

/// Reads one document to its end, sending what the loader says of it; false when nobody
/// listens any more.
pub(crate) fn read_one(id: DocId, source: Source, send: Sink, stop: &AtomicBool) -> bool {
    let (mut input, shown, total): (Box<dyn Read>, String, Option<u64>) = match source {
        Source::Bytes { name, bytes } => (Box::new(bytes), name, Some(bytes.len() as u64)),
        Source::Stdin => (Box::new(io::stdin()), STDIN_NAME.to_string(), None),
        Source::Opened { opened, shown } => match opened {
            Opened::File(file, size) => (Box::new(file), shown, Some(size)),
            // Opening a FIFO waits here until a writer opens it.
            Opened::Special(path) => match std::fs::File::open(&path) {
                Ok(file) => (Box::new(file), shown, None),
                Err(e) => return send(Event::Failed(id, LoadError::Io(shown, e))),
            },
        },
    };
    match read_into(id, &mut input, &shown, total, send, stop) {
        Ok(Some(doc)) => send(Event::Document(id, Arc::new(doc))),
        Ok(None) => false,
        Err(err) => send(Event::Failed(id, err)),
    }
}

/// The reading loop of one document: its whole text, or `None` when told to stop.
fn read_into(
    id: DocId,
    input: &mut dyn Read,
    shown: &str,
    total: Option<u64>,
    send: Sink,
    stop: &AtomicBool,
) -> Result<Option<Document>, LoadError> {
    let mut builder = DocumentBuilder::new(shown);
    if let Some(size) = total {
        builder.reserve(size as usize);
    }
    let mut held = Held::Undecided(Vec::new());
    let mut buffer = vec![0u8; FIRST_READ];
    let mut read = 0u64;
    let mut sent = 0u64;
    let mut sent_at: Option<Instant> = None;
    loop {
        if stop.load(Ordering::Relaxed) {
            return Ok(None);
        }
        let n = match input.read(&mut buffer) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(LoadError::Io(shown.to_string(), e)),
        };
        read += n as u64;
        if read > MAX_FILE_BYTES {
            return Err(LoadError::TooLarge(shown.to_string()));
        }
        let pushed = match &mut held {
            Held::Streaming => builder.push(&buffer[..n]),
            Held::Whole(bytes) => {
                bytes.extend_from_slice(&buffer[..n]);
                Ok(())
            }
            Held::Undecided(bytes) => {
                bytes.extend_from_slice(&buffer[..n]);
                match html::needs_whole(shown, bytes, false) {
                    None => Ok(()),
                    Some(true) => {
                        held = Held::Whole(std::mem::take(bytes));
                        Ok(())
                    }
                    Some(false) => {
                        let bytes = std::mem::take(bytes);
                        held = Held::Streaming;
                        builder.push_vec(bytes)
                    }
                }
            }
        };
        if let Err(err) = pushed {
            return Err(match total {
                Some(_) => err,
                // Endless input (`/dev/zero`) is refused for its size first, as a whole read
                // would refuse it.
                None => drain(input, read, shown).unwrap_or(err),
            });
        }
        if !send(Event::Read {
            id,
            bytes: read,
            total,
        }) {
            return Ok(None);
        }
        let more_to_come = total.is_none_or(|size| read < size);
        // Bytes rather than text: before 64 KiB the encoding may not be decided, nor any text.
        let due = match sent_at {
            None => true,
            Some(at) => read >= 2 * sent || at.elapsed() >= RESEND_AFTER,
        };
        if more_to_come && read > sent && due && matches!(held, Held::Streaming) {
            let prefix = builder.snapshot()?;
            sent = read;
            sent_at = Some(Instant::now());
            if !send(Event::Document(id, Arc::new(prefix))) {
                return Ok(None);
            }
        }
        if buffer.len() < READ {
            buffer.resize(READ, 0);
        }
    }
    match held {
        Held::Streaming => builder.finish().map(Some),
        Held::Whole(bytes) => Document::from_bytes(shown, &bytes).map(Some),
        Held::Undecided(bytes) => match html::needs_whole(shown, &bytes, true) {
            Some(true) => Document::from_bytes(shown, &bytes).map(Some),
            _ => {
                builder.push_vec(bytes)?;
                builder.finish().map(Some)
            }
        },
    }
}

/// Where the bytes read so far go: held until it is known whether the input is a web page (or
/// gzip data), which is read whole and then parsed at once; anything else is decoded as it
/// comes.
enum Held {
    Undecided(Vec<u8>),
    Whole(Vec<u8>),
    Streaming,
}

/// Reads the rest of an input already found not to be text, only to tell whether it is over the
/// size limit (the error then given).
fn drain(input: &mut dyn Read, mut read: u64, shown: &str) -> Option<LoadError> {
    let mut buffer = vec![0u8; READ];
    loop {
        match input.read(&mut buffer) {
            Ok(0) => return None,
            Ok(n) => read += n as u64,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(_) => return None,
        }
        if read > MAX_FILE_BYTES {
            return Some(LoadError::TooLarge(shown.to_string()));
        }
    }
}

/// The documents the command line names: the two files given, or the bundled pair when none is.
pub fn pair_sources(
    left: Option<&Path>,
    right: Option<&Path>,
) -> Result<Vec<(DocId, Source)>, LoadError> {
    use crate::core::bundled::{REWRITE, REWRITE_NAME, WIRE, WIRE_NAME};
    let sources = match (left, right) {
        (Some(l), Some(r)) => [Source::file(l)?, Source::file(r)?],
        _ => [
            Source::Bytes {
                name: format!("assets/{WIRE_NAME}"),
                bytes: WIRE,
            },
            Source::Bytes {
                name: format!("assets/{REWRITE_NAME}"),
                bytes: REWRITE,
            },
        ],
    };
    Ok(sources
        .into_iter()
        .enumerate()
        .map(|(i, s)| (DocId(i), s))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    /// A FIFO in a fresh directory: the test writes into it what the loader reads.
    fn fifo(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("visavis-loader-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(name);
        let c_path = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
        // SAFETY: a valid NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(c_path.as_ptr(), 0o600) }, 0);
        path
    }

    fn bytes(name: &str, bytes: &'static [u8]) -> Source {
        Source::Bytes {
            name: name.to_string(),
            bytes,
        }
    }

    #[test]
    fn small_documents_come_whole_and_errors_go_by_document_order() {
        let loader = Loader::start(vec![
            (DocId(0), bytes("a.txt", b"Un article.\n")),
            (DocId(1), bytes("b.txt", "Deux lignes.\nFin.".as_bytes())),
        ])
        .unwrap();
        let docs = loader.finish_all().unwrap();
        assert_eq!(docs[1].text, "Deux lignes.\nFin.");
        assert!(docs.iter().all(|d| !d.partial));
        let loader = Loader::start(vec![
            (DocId(0), bytes("ok.txt", b"Un article.\n")),
            (DocId(1), bytes("x.bin", b"a\0b")),
            (DocId(2), bytes("y.bin", b"c\0d")),
        ])
        .unwrap();
        assert_eq!(
            loader.finish_all().unwrap_err().to_string(),
            "x.bin: looks like a binary file"
        );
    }

    #[test]
    fn a_slow_pipe_sends_its_first_lines_before_its_end() {
        let path = fifo("slow");
        let source = Source::file(&path).unwrap();
        assert!(matches!(
            source,
            Source::Opened {
                opened: Opened::Special(_),
                ..
            }
        ));
        let loader = Loader::start(vec![(DocId(0), source)]).unwrap();
        // Opening the writing end waits for the loader to open the other.
        let mut writer = std::fs::OpenOptions::new().write(true).open(&path).unwrap();
        use std::io::Write;
        writer.write_all(b"Premier paragraphe.\n\nSecond").unwrap();
        let deadline = Instant::now() + Duration::from_secs(10);
        let first = loop {
            match loader.next_before(deadline) {
                Some(Event::Document(_, doc)) => break doc,
                Some(_) => {}
                None => panic!("no prefix while the writer waits"),
            }
        };
        assert!(first.partial);
        assert_eq!(first.block_text(&first.blocks[0]), "Premier paragraphe.");
        writer.write_all(b" paragraphe.\n").unwrap();
        drop(writer);
        let whole = loop {
            match loader.next_before(deadline) {
                Some(Event::Document(_, doc)) if !doc.partial => break doc,
                Some(_) => {}
                None => panic!("the whole document never came"),
            }
        };
        assert_eq!(whole.blocks.len(), 2);
        assert_eq!(
            *whole,
            Document::from_bytes(
                &path.display().to_string(),
                b"Premier paragraphe.\n\nSecond paragraphe.\n"
            )
            .unwrap()
        );
        let _ = std::fs::remove_dir_all(path.parent().unwrap());
    }
}
