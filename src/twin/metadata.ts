// Developer metadata attached to a sheet (key, value), removable; every method is a Spreadsheet call.

import type { DeveloperMetadataApi } from '../addon/adapter/services';
import type { ServiceCounter } from './counter';

export class TwinDeveloperMetadata implements DeveloperMetadataApi {
  constructor(
    private readonly counter: ServiceCounter,
    readonly key: string,
    public value: string | null,
    private readonly detach: (m: TwinDeveloperMetadata) => void,
  ) {}

  getKey(): string {
    this.counter.call('DeveloperMetadata', 'getKey');
    return this.key;
  }

  getValue(): string | null {
    this.counter.call('DeveloperMetadata', 'getValue');
    return this.value;
  }

  setValue(value: string): this {
    this.counter.call('DeveloperMetadata', 'setValue');
    this.value = value;
    return this;
  }

  remove(): void {
    this.counter.call('DeveloperMetadata', 'remove');
    this.detach(this);
  }
}
