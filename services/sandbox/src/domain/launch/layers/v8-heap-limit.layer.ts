/** V8's cap on the JavaScript heap: the one memory limit that holds on every host. */
export function heapLimitFlags(memoryMb: number): string[] {
  return [`--max-old-space-size=${memoryMb}`];
}
