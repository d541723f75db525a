export declare const REFERENCES: string;
export declare const VARIANTS: Array<{ name: string; scheme: 'light' | 'dark'; lang: string; width: number }>;
export interface VariantResult {
  variant: string;
  states: string[];
  problems: string[];
  violations: string[];
  errors: string[];
}
export declare function shootGallery(options?: { update?: boolean }): Promise<VariantResult[]>;
