// @ts-check
// Sudoku puzzles: a random full grid, then clues taken away while the puzzle keeps exactly one solution.
// The solver fills the square with the fewest candidates first (bit masks), so even a hard puzzle's
// uniqueness checks take milliseconds.

const ALL = 0x3fe; // bits 1..9

/** @param {number} i */
const boxOf = (i) => Math.floor(Math.floor(i / 9) / 3) * 3 + Math.floor((i % 9) / 3);

/** @param {number} mask */
function digitsOf(mask) {
  const out = [];
  for (let v = 1; v <= 9; v++) if (mask & (1 << v)) out.push(v);
  return out;
}

/**
 * Counts solutions up to `limit`; with limit 1 the grid is left holding the solution found.
 * @param {number[]} grid @param {number} limit @param {() => number} random
 */
function solve(grid, limit, random) {
  const rows = Array(9).fill(0);
  const cols = Array(9).fill(0);
  const boxes = Array(9).fill(0);
  for (let i = 0; i < 81; i++) {
    const v = grid[i];
    if (!v) continue;
    const bit = 1 << v;
    const r = Math.floor(i / 9);
    const c = i % 9;
    const b = boxOf(i);
    if ((rows[r] | cols[c] | boxes[b]) & bit) return 0;
    rows[r] |= bit;
    cols[c] |= bit;
    boxes[b] |= bit;
  }
  let count = 0;
  /** @returns {boolean} true when the limit is reached */
  function search() {
    let best = -1;
    let bestMask = 0;
    let fewest = 10;
    for (let i = 0; i < 81; i++) {
      if (grid[i]) continue;
      const mask = ALL & ~(rows[Math.floor(i / 9)] | cols[i % 9] | boxes[boxOf(i)]);
      const n = digitsOf(mask).length;
      if (n < fewest) {
        fewest = n;
        best = i;
        bestMask = mask;
        if (n <= 1) break;
      }
    }
    if (best === -1) {
      count++;
      return count >= limit;
    }
    if (fewest === 0) return false;
    const r = Math.floor(best / 9);
    const c = best % 9;
    const b = boxOf(best);
    const digits = digitsOf(bestMask).sort(() => random() - 0.5);
    for (const v of digits) {
      const bit = 1 << v;
      grid[best] = v;
      rows[r] |= bit;
      cols[c] |= bit;
      boxes[b] |= bit;
      const done = search();
      rows[r] &= ~bit;
      cols[c] &= ~bit;
      boxes[b] &= ~bit;
      if (done) return true;
      grid[best] = 0;
    }
    return false;
  }
  search();
  return count;
}

const CLUES = { easy: 40, normal: 32, hard: 26 };

/** @param {'easy' | 'normal' | 'hard'} level @param {() => number} [random] */
export function makeSudoku(level, random = Math.random) {
  const solution = Array(81).fill(0);
  solve(solution, 1, random);
  const puzzle = solution.slice();
  const order = [...Array(81).keys()].sort(() => random() - 0.5);
  let clues = 81;
  // One pass: a clue whose removal would allow a second solution stays, so a few more clues may remain.
  for (const i of order) {
    if (clues <= CLUES[level]) break;
    const kept = puzzle[i];
    puzzle[i] = 0;
    if (solve(puzzle.slice(), 2, random) !== 1) puzzle[i] = kept;
    else clues--;
  }
  return { puzzle, solution };
}

/** How many solutions a grid has, counting up to `limit`. @param {number[]} grid @param {number} [limit] */
export function countSolutions(grid, limit = 2) {
  return solve(grid.slice(), limit, Math.random);
}

/** Every row, column and box holds 1–9 once. @param {number[]} grid */
export function isSolved(grid) {
  return grid.every(Boolean) && countSolutions(grid, 1) === 1;
}
