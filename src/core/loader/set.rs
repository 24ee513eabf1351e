//! A source and many rewrites read in the background, for the reader: the folders walked
//! (names only, each entry listed as soon as it is met, so that a folder of thousands of files
//! holds nothing up), every file read by a few workers (the source first: the first screen
//! needs it), each file from a folder judged by the prefilter once the source is whole
//! (`rank::Chooser`, the one place candidates are chosen), each candidate aligned
//! (`pairs::align_pair`, the one place a pair is aligned), every step sent as it happens.
//!
//! What a folder holds that cannot be a rewrite (binary, unreadable, empty, too large, a folder
//! loop, the source again) becomes a note, never an error; the source and the files named on
//! the command line keep their errors, as with two files.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Condvar, Mutex, OnceLock};
use std::time::{Duration, Instant};

use super::{Event, Source, read_one};
use crate::core::compare::rank::Chooser;
use crate::core::compare::rank::pairs::{PairAnalysis, PairOptions, align_pair};
use crate::core::compare::rank::prefilter::Scratch;
use crate::core::document::Document;
use crate::core::load::{LoadError, display_path};
use crate::core::open::Skipped;
use crate::core::open::walk::{self, Entry, FileKey};
use crate::core::side::DocId;

/// A rewrite as the command line gives it.
#[derive(Debug)]
pub enum Named {
    /// A file, already checked and opened (a missing one is an error before anything else).
    File(Source),
    /// A folder, walked in the background.
    Folder(PathBuf),
}

/// What the set loader says, in the order it happens for each document.
#[derive(Debug)]
pub enum SetEvent<T> {
    /// Rewrite `id` is found (its path as shown); `always`: it stays open whatever it took
    /// (named on the command line, or all asked for). Ids come in command-line order, each
    /// folder's files in name order.
    Listed {
        id: DocId,
        shown: String,
        always: bool,
    },
    /// Every folder is walked: no more rewrites will be listed.
    Walked,
    /// The source or a rewrite as far as it is read, or whole; or the error of the source or
    /// of a file named (the reader's error).
    Read(Event),
    /// A folder's entry that is no rewrite, and why; with its id when it was listed.
    Skipped(Option<DocId>, Skipped),
    /// The prefilter's word on a rewrite from a folder: worth aligning or not (the others are
    /// aligned whatever they took).
    Screened { id: DocId, kept: bool },
    /// One (source, rewrite) pair aligned, as `index` made it.
    Aligned(T),
}

/// The reading, screening and aligning of a set going on in the background. Dropping it stops
/// the workers at their next step.
#[derive(Debug)]
pub struct SetLoader<T> {
    events: Receiver<SetEvent<T>>,
    stop: Arc<AtomicBool>,
    gate: Arc<Gate>,
}

/// Held shut until the reader's first frame is drawn: the source and the first rewrite are
/// read at once (the first screen needs them), the rest waits, so that the workers do not take
/// the cores from the first frame.
#[derive(Debug, Default)]
struct Gate {
    open: Mutex<bool>,
    opened: Condvar,
}

impl Gate {
    fn open(&self) {
        if let Ok(mut open) = self.open.lock() {
            *open = true;
        }
        self.opened.notify_all();
    }

    /// Waits until the gate is open; false when told to stop first.
    fn pass(&self, stop: &AtomicBool) -> bool {
        let Ok(mut open) = self.open.lock() else {
            return false;
        };
        while !*open {
            if stop.load(Ordering::Relaxed) {
                return false;
            }
            open = match self.opened.wait_timeout(open, SOURCE_POLL) {
                Ok((open, _)) => open,
                Err(_) => return false,
            };
        }
        true
    }
}

/// One file to read.
struct Job {
    id: DocId,
    input: Input,
    /// From a folder: screened, and its failures are notes.
    from_folder: bool,
}

enum Input {
    Ready(Source),
    /// A folder's file, opened only when its turn comes (ten thousand open files would run out
    /// of descriptors).
    Path(PathBuf),
}

/// The source, once it is whole (or known never to be).
enum SourceState {
    Reading,
    Whole(Arc<Document>),
    Failed,
}

/// The source as the workers wait for it, and its index for the prefilter, built by the first
/// worker to need it (after the first frame, not in its way).
type SourceSlot = Arc<(Mutex<SourceState>, Condvar, OnceLock<Chooser>)>;

/// How often a worker waiting for the source looks whether it is told to stop.
const SOURCE_POLL: Duration = Duration::from_millis(50);

impl<T: std::marker::Send + 'static> SetLoader<T> {
    /// Starts on `source` (at `source_path`, to recognise it in a folder) and `rewrites`; with
    /// `all`, every file of a folder is aligned, not only those the prefilter keeps. `index`
    /// turns each pair's analysis into what the reader keeps of it, on the worker.
    pub fn start(
        source: Source,
        source_path: &Path,
        rewrites: Vec<Named>,
        all: bool,
        options: PairOptions,
        index: fn(PairAnalysis) -> T,
    ) -> io::Result<SetLoader<T>> {
        let (tx, events) = mpsc::channel();
        let stop = Arc::new(AtomicBool::new(false));
        let (jobs_tx, jobs_rx) = mpsc::channel::<Job>();
        let jobs_rx = Arc::new(Mutex::new(jobs_rx));
        let slot: SourceSlot = Arc::new((
            Mutex::new(SourceState::Reading),
            Condvar::new(),
            OnceLock::new(),
        ));
        let source_key = std::fs::metadata(source_path)
            .ok()
            .map(|m| FileKey::of(source_path, &m));
        let _ = jobs_tx.send(Job {
            id: DocId::SOURCE,
            input: Input::Ready(source),
            from_folder: false,
        });
        let gate = Arc::new(Gate::default());
        let workers = std::thread::available_parallelism().map_or(2, |n| n.get().max(2));
        for n in 0..workers {
            let (tx, stop, jobs, slot, gate) = (
                tx.clone(),
                Arc::clone(&stop),
                Arc::clone(&jobs_rx),
                Arc::clone(&slot),
                Arc::clone(&gate),
            );
            std::thread::Builder::new()
                .name(format!("set loader {n}"))
                .spawn(move || {
                    let mut scratch = Scratch::default();
                    loop {
                        let job = jobs.lock().ok().and_then(|rx| rx.recv().ok());
                        let Some(job) = job else { break };
                        if stop.load(Ordering::Relaxed) {
                            break;
                        }
                        let work = Work {
                            tx: &tx,
                            stop: &stop,
                            slot: &slot,
                            gate: &gate,
                            all,
                            options,
                            index,
                        };
                        if !work.run(job, &mut scratch) {
                            break;
                        }
                    }
                })?;
        }
        let walk_stop = Arc::clone(&stop);
        std::thread::Builder::new()
            .name("set walk".into())
            .spawn(move || list(rewrites, source_key, all, &tx, &jobs_tx, &walk_stop))?;
        Ok(SetLoader { events, stop, gate })
    }

    /// The first frame is drawn: the workers go on with every file, the screening and the
    /// comparisons.
    pub fn go_on(&self) {
        self.gate.open();
    }

    /// The next event, if one is waiting.
    pub fn try_next(&self) -> Option<SetEvent<T>> {
        self.events.try_recv().ok()
    }

    /// The next event, waiting for it until `deadline` at most.
    pub fn next_before(&self, deadline: Instant) -> Option<SetEvent<T>> {
        let wait = deadline.saturating_duration_since(Instant::now());
        self.events.recv_timeout(wait).ok()
    }
}

impl<T> Drop for SetLoader<T> {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

/// Lists the rewrites in command-line order, walking each folder, and queues each for reading.
fn list<T>(
    rewrites: Vec<Named>,
    source_key: Option<FileKey>,
    all: bool,
    tx: &Sender<SetEvent<T>>,
    jobs: &Sender<Job>,
    stop: &AtomicBool,
) {
    let mut next = 1;
    let mut listed = |input: Input, shown: String, from_folder: bool| -> bool {
        let id = DocId(next);
        next += 1;
        let always = all || !from_folder;
        // Listed before queued, so that the reader hears of a rewrite before any of its text.
        tx.send(SetEvent::Listed { id, shown, always }).is_ok()
            && jobs
                .send(Job {
                    id,
                    input,
                    from_folder,
                })
                .is_ok()
            && !stop.load(Ordering::Relaxed)
    };
    for rewrite in rewrites {
        match rewrite {
            Named::File(source) => {
                let shown = source.shown().to_string();
                if !listed(Input::Ready(source), shown, false) {
                    return;
                }
            }
            Named::Folder(folder) => {
                let mut going = true;
                walk::walk_each(&folder, source_key.as_ref(), &mut |entry| {
                    if !going {
                        return;
                    }
                    going = match entry {
                        Entry::File(path) => {
                            let shown = display_path(&path);
                            listed(Input::Path(path), shown, true)
                        }
                        Entry::Skip(path, reason) => tx
                            .send(SetEvent::Skipped(None, Skipped { path, reason }))
                            .is_ok(),
                    };
                });
                if !going {
                    return;
                }
            }
        }
    }
    let _ = tx.send(SetEvent::Walked);
}

/// What a worker needs for one job.
struct Work<'a, T> {
    tx: &'a Sender<SetEvent<T>>,
    stop: &'a AtomicBool,
    slot: &'a SourceSlot,
    gate: &'a Gate,
    all: bool,
    options: PairOptions,
    index: fn(PairAnalysis) -> T,
}

impl<T> Work<'_, T> {
    fn send(&self, event: SetEvent<T>) -> bool {
        self.tx.send(event).is_ok()
    }

    /// Reads, screens and aligns one document; false when nobody listens any more.
    fn run(&self, job: Job, scratch: &mut Scratch) -> bool {
        let Job {
            id,
            input,
            from_folder,
        } = job;
        if id > DocId(1) && !self.gate.pass(self.stop) {
            return false;
        }
        let source = match input {
            Input::Ready(source) => Ok(source),
            Input::Path(path) => Source::file(&path).map_err(|err| (display_path(&path), err)),
        };
        let source = match source {
            Ok(source) => source,
            Err((path, err)) => {
                let reason = err.reason();
                return self.send(SetEvent::Skipped(Some(id), Skipped { path, reason }));
            }
        };
        let shown = source.shown().to_string();
        // Every event goes on as it comes but the end: a folder's failure is a note.
        let mut whole: Option<Arc<Document>> = None;
        let mut failed: Option<LoadError> = None;
        let mut forward = |event: Event| match event {
            Event::Failed(_, err) => {
                failed = Some(err);
                true
            }
            Event::Document(_, ref doc) if !doc.partial => {
                whole = Some(Arc::clone(doc));
                self.send(SetEvent::Read(event))
            }
            event => self.send(SetEvent::Read(event)),
        };
        if !read_one(id, source, &mut forward, self.stop) {
            return false;
        }
        if id == DocId::SOURCE {
            return self.publish_source(whole, failed);
        }
        let doc = match (whole, failed) {
            (Some(doc), _) => doc,
            (None, Some(err)) if from_folder => {
                let reason = err.reason();
                return self.skip(id, shown, reason);
            }
            (None, Some(err)) => return self.send(SetEvent::Read(Event::Failed(id, err))),
            (None, None) => return true,
        };
        if from_folder && doc.blocks.is_empty() {
            let reason = if doc.text.trim().is_empty() {
                "empty file"
            } else {
                "no text"
            };
            return self.skip(id, shown, reason.to_string());
        }
        let Some(source) = self.whole_source() else {
            return false;
        };
        // The first rewrite was read before the first frame; its comparison waits for it.
        if !self.gate.pass(self.stop) {
            return false;
        }
        let chooser = self.slot.2.get_or_init(|| Chooser::new(&source));
        if from_folder && doc.text == source.text {
            return self.skip(id, shown, "same text as the source".to_string());
        }
        if from_folder && !self.all {
            let kept = chooser.keeps(&doc, scratch);
            if !self.send(SetEvent::Screened { id, kept }) {
                return false;
            }
            if !kept {
                return true;
            }
        }
        if self.stop.load(Ordering::Relaxed) {
            return false;
        }
        let pair = align_pair(&source, &doc, id, self.options);
        self.send(SetEvent::Aligned((self.index)(pair)))
    }

    fn skip(&self, id: DocId, path: String, reason: String) -> bool {
        self.send(SetEvent::Skipped(Some(id), Skipped { path, reason }))
    }

    /// The source is read: the workers waiting for it go on (or give up, when it failed).
    fn publish_source(&self, whole: Option<Arc<Document>>, failed: Option<LoadError>) -> bool {
        let (lock, ready, _) = &**self.slot;
        let state = match &whole {
            Some(doc) => SourceState::Whole(Arc::clone(doc)),
            None => SourceState::Failed,
        };
        if let Ok(mut slot) = lock.lock() {
            *slot = state;
        }
        ready.notify_all();
        match failed {
            Some(err) => self.send(SetEvent::Read(Event::Failed(DocId::SOURCE, err))),
            None => whole.is_some(),
        }
    }

    /// Waits for the source whole; None when it failed or the loader is stopped.
    fn whole_source(&self) -> Option<Arc<Document>> {
        let (lock, ready, _) = &**self.slot;
        let mut slot = lock.lock().ok()?;
        loop {
            match &*slot {
                SourceState::Whole(doc) => return Some(Arc::clone(doc)),
                SourceState::Failed => return None,
                SourceState::Reading if self.stop.load(Ordering::Relaxed) => return None,
                SourceState::Reading => {
                    slot = ready.wait_timeout(slot, SOURCE_POLL).ok()?.0;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::core::scratch::Scratch;

    const NEWS: &str = "Le ministre de l'Industrie a annoncé mardi la fermeture de trois usines \
        dans le nord du pays, qui emploient au total 1 200 salariés.\n";

    /// Every event until the workers are done (the channel closes), the gate opened at once.
    fn all_events(loader: SetLoader<DocId>) -> Vec<SetEvent<DocId>> {
        loader.go_on();
        let deadline = Instant::now() + Duration::from_secs(20);
        let mut events = Vec::new();
        loop {
            match loader
                .events
                .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            {
                Ok(event) => events.push(event),
                Err(mpsc::RecvTimeoutError::Disconnected) => return events,
                Err(mpsc::RecvTimeoutError::Timeout) => panic!("the set loader never ended"),
            }
        }
    }

    fn start(dir: &Scratch, rewrites: Vec<Named>, all: bool) -> Vec<SetEvent<DocId>> {
        let source = dir.0.join("source.txt");
        let loader = SetLoader::start(
            Source::file(&source).expect("the source"),
            &source,
            rewrites,
            all,
            PairOptions::default(),
            |pair| pair.rewrite,
        )
        .expect("starts");
        all_events(loader)
    }

    #[test]
    fn a_folder_is_listed_in_order_screened_and_aligned_with_notes_for_the_rest() {
        let dir = Scratch::new("set-folder");
        dir.file("source.txt", NEWS.as_bytes());
        dir.file("corpus/a-copie.txt", format!("Hier. {NEWS}").as_bytes());
        dir.file(
            "corpus/b-festival.txt",
            "Le festival ouvre vendredi à Lyon.\n".as_bytes(),
        );
        dir.file("corpus/c.bin", b"\x89PNG\r\n\x1a\n\x00\x00");
        dir.file("corpus/d-vide.txt", b"");
        dir.file("corpus/e-meme.txt", NEWS.as_bytes());
        let named = dir.file("nomme.txt", "Un article sans rapport.\n".as_bytes());
        let rewrites = vec![
            Named::Folder(dir.0.join("corpus")),
            Named::File(Source::file(&named).expect("named")),
        ];
        let events = start(&dir, rewrites, false);
        let listed: Vec<(DocId, bool)> = events
            .iter()
            .filter_map(|e| match e {
                SetEvent::Listed { id, always, .. } => Some((*id, *always)),
                _ => None,
            })
            .collect();
        // The folder's five files in name order, then the file named (kept whatever it took).
        assert_eq!(
            listed,
            [1, 2, 3, 4, 5, 6].map(|n| (DocId(n), n == 6)),
            "{events:#?}"
        );
        let mut skipped: Vec<(Option<DocId>, String)> = events
            .iter()
            .filter_map(|e| match e {
                SetEvent::Skipped(id, s) => Some((*id, s.reason.clone())),
                _ => None,
            })
            .collect();
        skipped.sort();
        assert_eq!(
            skipped,
            [
                (Some(DocId(3)), "looks like a binary file".to_string()),
                (Some(DocId(4)), "empty file".to_string()),
                (Some(DocId(5)), "same text as the source".to_string()),
            ]
        );
        let mut screened: Vec<(DocId, bool)> = events
            .iter()
            .filter_map(|e| match e {
                SetEvent::Screened { id, kept } => Some((*id, *kept)),
                _ => None,
            })
            .collect();
        screened.sort();
        assert_eq!(screened, [(DocId(1), true), (DocId(2), false)]);
        let mut aligned: Vec<DocId> = events
            .iter()
            .filter_map(|e| match e {
                SetEvent::Aligned(id) => Some(*id),
                _ => None,
            })
            .collect();
        aligned.sort();
        assert_eq!(
            aligned,
            [DocId(1), DocId(6)],
            "the candidate and the file named"
        );
        assert!(events.iter().any(|e| matches!(e, SetEvent::Walked)));
        // Each document is heard of whole after it was listed.
        let position = |wanted: &dyn Fn(&SetEvent<DocId>) -> bool| {
            events.iter().position(wanted).expect("the event")
        };
        let listed_1 = position(&|e| matches!(e, SetEvent::Listed { id: DocId(1), .. }));
        let read_1 =
            position(&|e| matches!(e, SetEvent::Read(Event::Document(DocId(1), d)) if !d.partial));
        assert!(listed_1 < read_1);
    }

    #[test]
    fn with_all_nothing_is_screened_and_a_named_file_keeps_its_error() {
        let dir = Scratch::new("set-all");
        dir.file("source.txt", NEWS.as_bytes());
        dir.file(
            "corpus/festival.txt",
            "Le festival ouvre vendredi à Lyon.\n".as_bytes(),
        );
        let events = start(&dir, vec![Named::Folder(dir.0.join("corpus"))], true);
        assert!(
            !events
                .iter()
                .any(|e| matches!(e, SetEvent::Screened { .. }))
        );
        assert!(
            events
                .iter()
                .any(|e| matches!(e, SetEvent::Aligned(DocId(1))))
        );
        let binary = dir.file("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00");
        let named = Named::File(Source::file(&binary).expect("exists"));
        let events = start(&dir, vec![named], false);
        let failed: Vec<String> = events
            .iter()
            .filter_map(|e| match e {
                SetEvent::Read(Event::Failed(id, err)) => Some(format!("{id:?} {}", err.reason())),
                _ => None,
            })
            .collect();
        assert_eq!(failed, ["DocId(1) looks like a binary file"]);
    }
}
