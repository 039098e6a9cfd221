// "make the header navy", "add dark mode", "use #1e3a5f for the header": the theme.
import { readLook } from '../look.js';
import type { Edit } from './context.js';

export const lookEdit: Edit = ({ spec }, clause) => {
  const look = readLook(clause, spec.theme);
  if (look.read.length === 0) return null;
  spec.theme = look.theme;
  return `Changed the look: ${look.read.join('; ')}.`;
};
