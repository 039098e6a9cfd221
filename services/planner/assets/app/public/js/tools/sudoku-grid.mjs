// @ts-check
// Sudoku puzzles: a random full grid, then clues taken away while the puzzle keeps exactly one solution.

/** @param {number[]} grid @param {number} i @param {number} v */
function allowed(grid, i, v) {
  const r = Math.floor(i / 9);
  const c = i % 9;
  const br = r - (r % 3);
  const bc = c - (c % 3);
  for (let k = 0; k < 9; k++) {
    if (grid[r * 9 + k] === v || grid[k * 9 + c] === v) return false;
    if (grid[(br + Math.floor(k / 3)) * 9 + bc + (k % 3)] === v) return false;
  }
  return true;
}

/** Counts solutions up to `limit`, filling `grid` in place with the last one found. @param {number[]} grid @param {number} limit @param {() => number} random */
function solve(grid, limit, random) {
  const i = grid.indexOf(0);
  if (i === -1) return 1;
  let count = 0;
  const digits = [1, 2, 3, 4, 5, 6, 7, 8, 9].sort(() => random() - 0.5);
  for (const v of digits) {
    if (!allowed(grid, i, v)) continue;
    grid[i] = v;
    count += solve(grid, limit - count, random);
    if (count >= limit) {
      if (limit === 1) return count;
      grid[i] = 0;
      return count;
    }
    grid[i] = 0;
  }
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
  for (const i of order) {
    if (clues <= CLUES[level]) break;
    const kept = puzzle[i];
    puzzle[i] = 0;
    if (solve(puzzle.slice(), 2, random) !== 1) puzzle[i] = kept;
    else clues--;
  }
  return { puzzle, solution };
}

/** Every row, column and box holds 1–9 once. @param {number[]} grid */
export function isSolved(grid) {
  return grid.every((v, i) => {
    if (v < 1 || v > 9) return false;
    grid[i] = 0;
    const ok = allowed(grid, i, v);
    grid[i] = v;
    return ok;
  });
}
