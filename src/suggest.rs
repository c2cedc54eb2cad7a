//! "Did you mean …?": the known word closest to one mistyped on the command line.

/// The candidate a person most likely meant by `typed`, if one is close enough to be a
/// typing mistake (a letter missing, extra, wrong or two swapped) rather than another word.
pub fn closest<'a>(typed: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let typed = typed.to_lowercase();
    let length = typed.chars().count();
    // One slip in a short word, two in a longer one: more would suggest unrelated words.
    let allowed = if length <= 4 { 1 } else { 2 };
    candidates
        .into_iter()
        .filter(|candidate| *candidate != typed)
        .map(|candidate| (distance(&typed, &candidate.to_lowercase()), candidate))
        .filter(|(d, _)| *d <= allowed)
        .min_by_key(|(d, _)| *d)
        .map(|(_, candidate)| candidate)
}

/// The optimal string alignment distance: insertions, deletions, substitutions and
/// swaps of two neighbouring letters each count one.
fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut rows = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[i - 1][j] + 1)
                .min(rows[i][j - 1] + 1)
                .min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = best;
        }
    }
    rows[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slip_of_the_finger_is_recognised_and_another_word_is_not() {
        let commands = ["check", "run", "list", "history", "trend"];
        assert_eq!(closest("chek", commands), Some("check"));
        assert_eq!(closest("hsitory", commands), Some("history"));
        assert_eq!(closest("rnu", commands), Some("run"));
        assert_eq!(closest("frobnicate", commands), None);
        assert_eq!(
            closest("--partcipant", ["--participant", "--plain"]),
            Some("--participant")
        );
        assert_eq!(closest("wh05", ["who5", "fit-ors"]), Some("who5"));
    }
}
