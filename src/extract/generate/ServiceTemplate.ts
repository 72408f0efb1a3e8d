/** The spellings of one generated entity name, for example Order / order / ORDER. */
export interface EntityNames {
  readonly Pascal: string;
  readonly camel: string;
  readonly snake: string;
  readonly SCREAM: string;
  /** Position of the block in the file, for varied numbers. */
  readonly index: number;
}

/** How one language's service code is generated: a file header and a repeatable block. */
export interface ServiceTemplate {
  readonly header: string;
  block(e: EntityNames): string;
}
