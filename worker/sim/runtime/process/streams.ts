/**
 * Byte streams between processes, files and captures. Text is JS strings (the simulator has no
 * binary data). Captures are capped so a runaway `yes` cannot grow memory without bound.
 */
import type { ContainerFs } from "../vfs/container-fs.ts";
import type { FsNode } from "../vfs/fs-node.ts";
import { asVfsError, type VfsErrorCode } from "../vfs/vfs-error.ts";

/** Most bytes one capture (a process's stdout or stderr, a container log) keeps. */
export const maxCaptureBytes = 1 << 20;

/** Somewhere output goes. `write` returns an errno code when the write failed. */
export interface OutStream {
  write(text: string): VfsErrorCode | undefined;
}

/** Collects output in memory, keeping at most maxCaptureBytes. */
export class Capture implements OutStream {
  text = "";

  write(text: string): undefined {
    if (this.text.length >= maxCaptureBytes) return undefined;
    this.text += text.length + this.text.length > maxCaptureBytes ? text.slice(0, maxCaptureBytes - this.text.length) : text;
    return undefined;
  }
}

/** Discards output (/dev/null). */
export const discard: OutStream = { write: () => undefined };

/** Appends to an open file node. */
export class FileStream implements OutStream {
  private readonly fs: ContainerFs;
  private readonly node: FsNode;

  constructor(fs: ContainerFs, node: FsNode) {
    this.fs = fs;
    this.node = node;
  }

  write(text: string): VfsErrorCode | undefined {
    try {
      this.fs.append(this.node, text);
      return undefined;
    } catch (caught) {
      return asVfsError(caught).code;
    }
  }
}

/** Input read from a string, shared by everything that reads the same descriptor. */
export class TextSource {
  private readonly data: string;
  private offset = 0;

  constructor(data: string) {
    this.data = data;
  }

  /** Everything not yet read. */
  readAll(): string {
    const rest = this.data.slice(this.offset);
    this.offset = this.data.length;
    return rest;
  }

  /** The next line without its newline, or undefined at end of input. */
  readLine(): string | undefined {
    if (this.offset >= this.data.length) return undefined;
    const end = this.data.indexOf("\n", this.offset);
    const stop = end < 0 ? this.data.length : end;
    const line = this.data.slice(this.offset, stop);
    this.offset = stop + 1;
    return line;
  }
}

/** An empty input (/dev/null). */
export function emptySource(): TextSource {
  return new TextSource("");
}
