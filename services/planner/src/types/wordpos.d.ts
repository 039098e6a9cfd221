// The part of wordpos's API the planner uses (the package ships no types).
declare module 'wordpos' {
  interface Synset {
    synsetOffset: string;
    lexName: string;
    pos: string;
    lemma: string;
    synonyms: string[];
    def: string;
    ptrs: { pointerSymbol: string; synsetOffset: string; pos: string }[];
  }
  export default class WordPOS {
    constructor(options?: Record<string, unknown>);
    lookup(word: string): Promise<Synset[]>;
    lookupNoun(word: string): Promise<Synset[]>;
    lookupVerb(word: string): Promise<Synset[]>;
    lookupAdjective(word: string): Promise<Synset[]>;
    seek(offset: string, pos: string): Promise<Synset>;
  }
}
