// The `vcf` package ships no types; this declares the part of its API the project uses.
declare module 'vcf' {
  class Property {
    valueOf(): string;
    type?: string | string[];
  }
  class VCard {
    constructor();
    set(key: string, value: string, params?: Record<string, string | string[] | undefined>): void;
    add(key: string, value: string, params?: Record<string, string | string[] | undefined>): void;
    get(key: string): Property | Property[] | undefined;
    parse(value: string): VCard;
    toString(version?: '2.1' | '3.0' | '4.0', charset?: string): string;
  }
  export default VCard;
}
