//! What a key costs in a long answer, and what undo holds (docs/benchmarks.md, "Typing in a
//! long answer"):
//!
//!     cargo run --release --example typing_bench
//!
//! For answers of 1 KB, 10 KB and 100 KB (paragraphs of Danish words with æøå, an emoji
//! now and then, a line break between paragraphs) and for 100 KB as one single paragraph
//! (a paste into a one-line field), the cursor is put in the middle and, one key at a time,
//! a sentence is typed, then erased with Backspace. Each key is timed on its own: the edit
//! (`insert` / `backspace`), and what the view asks after each key (the cursor's row and
//! column and the rows in a 78 × 20 box). The table gives the median and the 99th
//! percentile per key in microseconds.
//!
//! Memory: a counting allocator measures the heap the field holds after a 100 KB paste into
//! an empty field followed by 500 keys (typed words, some Backspace), minus the text itself:
//! what undo keeps.

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use samtale::ui::text_field::TextField;

/// Counts the bytes currently allocated, so the bench can say what a field holds.
struct Counting;

static HELD: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is passed on to the system allocator unchanged; only a counter is
// kept beside it.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        HELD.fetch_add(layout.size(), Ordering::Relaxed);
        // SAFETY: same layout as asked, passed on.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        HELD.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: ptr came from System.alloc with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        HELD.fetch_add(new_size, Ordering::Relaxed);
        HELD.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: ptr came from System with this layout.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const WIDTH: u16 = 78;
const HEIGHT: usize = 20;
const WORDS: &[&str] = &[
    "jeg",
    "har",
    "det",
    "svært",
    "når",
    "der",
    "er",
    "mange",
    "mennesker",
    "på",
    "bostedet",
    "og",
    "så",
    "går",
    "jeg",
    "en",
    "tur",
    "ved",
    "søen",
    "med",
    "min",
    "kontaktperson",
    "mærker",
    "uro",
    "i",
    "kroppen",
    "om",
    "aftenen",
    "før",
    "søvnen",
    "kommer",
    "😀",
    "hjælper",
    "når",
    "nogen",
    "spørger",
    "ind",
    "roligt",
    "får",
    "ondt",
    "æbler",
    "øen",
];

/// A deterministic text of about `bytes` bytes; paragraphs of 60–120 words unless `one`.
fn text(bytes: usize, one_paragraph: bool) -> String {
    let mut out = String::new();
    let mut seed: u64 = 2026;
    let mut in_paragraph = 0;
    while out.len() < bytes {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let word = WORDS[(seed >> 33) as usize % WORDS.len()];
        out.push_str(word);
        in_paragraph += 1;
        if !one_paragraph && in_paragraph > 60 + (seed >> 20) as usize % 60 {
            out.push('\n');
            in_paragraph = 0;
        } else {
            out.push(' ');
        }
    }
    out
}

/// What the view asks after each key: the cursor, and the rows in the box around it.
fn view(field: &TextField) -> usize {
    let (row, column) = field.cursor_position(WIDTH);
    let first = row.saturating_sub(HEIGHT - 1);
    let rows = field.visible_rows(WIDTH, first, HEIGHT);
    let shown: usize = rows.iter().map(|r| field.row_text(*r).len()).sum();
    shown + column
}

fn percentile(samples: &mut [f64], p: f64) -> f64 {
    samples.sort_by(f64::total_cmp);
    let index = ((samples.len() as f64 - 1.0) * p).round() as usize;
    samples[index]
}

struct Timing {
    insert: Vec<f64>,
    backspace: Vec<f64>,
    view: Vec<f64>,
}

fn measure(initial: &str) -> Timing {
    let mut field = TextField::new(initial, true);
    for _ in 0..initial.chars().count() / 2 {
        field.left();
    }
    let sentence = "i dag gik det bedre end jeg troede, og jeg sov næsten hele natten 😀 ";
    let mut timing = Timing {
        insert: Vec::new(),
        backspace: Vec::new(),
        view: Vec::new(),
    };
    for _ in 0..3 {
        for c in sentence.chars() {
            let start = Instant::now();
            let _ = black_box(field.insert(c));
            timing.insert.push(start.elapsed().as_secs_f64() * 1e6);
            let start = Instant::now();
            black_box(view(&field));
            timing.view.push(start.elapsed().as_secs_f64() * 1e6);
        }
        for _ in sentence.chars() {
            let start = Instant::now();
            field.backspace();
            timing.backspace.push(start.elapsed().as_secs_f64() * 1e6);
            let start = Instant::now();
            black_box(view(&field));
            timing.view.push(start.elapsed().as_secs_f64() * 1e6);
        }
    }
    assert_eq!(
        field.text(),
        initial,
        "typing then erasing gives the text back"
    );
    timing
}

fn main() {
    println!(
        "Per key, microseconds: median / 99th percentile; view = cursor_position + rows in a {WIDTH} x {HEIGHT} box."
    );
    println!();
    println!("| answer | insert | backspace | view after the key |");
    println!("|---|---:|---:|---:|");
    let cases = [
        ("1 KB", text(1024, false)),
        ("10 KB", text(10 * 1024, false)),
        ("100 KB", text(100 * 1024 - 200, false)),
        ("100 KB, one paragraph", text(100 * 1024 - 200, true)),
    ];
    for (name, initial) in &cases {
        let mut t = measure(initial);
        println!(
            "| {name} | {:.2} / {:.2} | {:.2} / {:.2} | {:.2} / {:.2} |",
            percentile(&mut t.insert, 0.5),
            percentile(&mut t.insert, 0.99),
            percentile(&mut t.backspace, 0.5),
            percentile(&mut t.backspace, 0.99),
            percentile(&mut t.view, 0.5),
            percentile(&mut t.view, 0.99),
        );
    }

    // The first view of a field (and the first after a resize) wraps every line once.
    let mut firsts = Vec::new();
    for _ in 0..20 {
        let field = TextField::new(&cases[2].1, true);
        let start = Instant::now();
        black_box(view(&field));
        firsts.push(start.elapsed().as_secs_f64() * 1e6);
    }
    println!();
    println!(
        "First view of a 100 KB answer (every line wrapped once; again after a resize): {:.0} microseconds (median of 20).",
        percentile(&mut firsts, 0.5)
    );

    // Memory: a 100 KB paste, then 500 keys.
    let pasted = text(100 * 1024 - 4096, false);
    let before = HELD.load(Ordering::Relaxed);
    let mut field = TextField::new("", true);
    let _ = field.paste(&pasted);
    let after_paste = HELD.load(Ordering::Relaxed) - before;
    let typed = "nu skriver jeg videre på svaret og retter lidt ";
    let mut keys = 0;
    'keys: loop {
        for c in typed.chars() {
            if keys == 500 {
                break 'keys;
            }
            if keys % 10 == 9 {
                field.backspace();
            } else {
                let _ = field.insert(c);
            }
            keys += 1;
        }
    }
    let held = HELD.load(Ordering::Relaxed) - before;
    // The text alone, as a fresh field would hold it with no undo.
    let mark = HELD.load(Ordering::Relaxed);
    let fresh = TextField::new(&field.text(), true);
    let text_alone = HELD.load(Ordering::Relaxed) - mark;
    drop(fresh);
    println!();
    println!(
        "Memory after a {} KiB paste: field holds {} KiB; after 500 keys more: {} KiB, of which undo {} KiB ({} KiB for the text alone).",
        pasted.len() / 1024,
        after_paste / 1024,
        held / 1024,
        held.saturating_sub(text_alone) / 1024,
        text_alone / 1024,
    );
    black_box(field);
}
