/**
 * A small seeded PRNG (mulberry32): every "random" choice of the emulator — trigger jitter,
 * fault injection, ids — comes from here, so a run is reproducible from its seed.
 */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(maxExclusive: number): number {
    return Math.floor(this.next() * maxExclusive);
  }

  /** Hex string of `length` characters. */
  hex(length: number): string {
    let out = '';
    while (out.length < length) out += this.int(16).toString(16);
    return out;
  }

  static fromState(state: number): Rng {
    return new Rng(state);
  }

  getState(): number {
    return this.state;
  }
}
