/**
 * Loads Prisma's official WASM schema engine (`@prisma/schema-engine-wasm`, the same binary the
 * prisma CLI ships) without the native engine download that fails offline. Node 20 cannot import
 * `.wasm` as an ES module, so we instantiate it by hand and hand it to the wasm-bindgen glue.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

type EngineModule = typeof import('@prisma/schema-engine-wasm');

/** The part of the WebAssembly global we use (Node has it; @types/node does not declare it). */
interface WasmApi {
  instantiate(
    bytes: Uint8Array,
    imports: Record<string, unknown>,
  ): Promise<{ instance: { exports: Record<string, unknown> } }>;
}
const wasmApi = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
export type SchemaEngine = Awaited<ReturnType<EngineModule['SchemaEngine']['new']>>;

let loaded: Promise<EngineModule> | null = null;

interface PanicRegistry {
  set_message(message: string): void;
  last: string | null;
}

export const panicRegistry: PanicRegistry = {
  last: null,
  set_message(message: string) {
    this.last = message;
  },
};

export function loadEngineModule(): Promise<EngineModule> {
  loaded ??= (async () => {
    const require = createRequire(import.meta.url);
    const pkgDir = path.dirname(require.resolve('@prisma/schema-engine-wasm'));
    const bg = (await import('@prisma/schema-engine-wasm/schema_engine_bg')) as unknown as EngineModule & {
      __wbg_set_wasm(exports: Record<string, unknown>): void;
    };
    const bytes = readFileSync(path.join(pkgDir, 'schema_engine_bg.wasm'));
    (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry }).PRISMA_WASM_PANIC_REGISTRY = panicRegistry;
    const { instance } = await wasmApi.instantiate(bytes, { './schema_engine_bg.js': bg });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
    return bg;
  })();
  return loaded;
}

/** Wraps an engine error with the Rust panic message when there was one. */
export function engineError(action: string, error: unknown, scriptError: string | null = null): Error {
  const panic = panicRegistry.last;
  panicRegistry.last = null;
  const raw =
    error instanceof Error ? error.message : typeof error === 'string' ? error : JSON.stringify(error);
  const migration = /migration_name=\\?"([^"\\]+)/.exec(raw)?.[1];
  const reason = scriptError ?? raw;
  const where = migration ? ` in migration ${migration}` : '';
  return new Error(`${action} failed${where}: ${reason}${panic ? ` (engine panic: ${panic})` : ''}`, {
    cause: error,
  });
}
