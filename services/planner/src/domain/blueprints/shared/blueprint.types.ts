import type { AppSpecV1 } from '@isekai/contracts';
import type { CollectionSpec } from './app-server.js';

/** What a blueprint contributes; render-app adds the shell, server, stylesheet and manifest. */
export interface BlueprintOutput {
  /** Inner HTML of <main>, complete before any script runs. */
  main: string;
  /** Page script, appended to the client kit. */
  script: string;
  css?: string;
  collections?: CollectionSpec[];
  clientData?: unknown;
}

export type Blueprint = (spec: AppSpecV1) => BlueprintOutput;
