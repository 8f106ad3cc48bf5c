/**
 * What the Decap CMS bundle (node_modules/decap-cms/dist/decap-cms.js, copied to out/admin/)
 * puts on `window` for a page's own scripts: the CMS, and React's createElement (`h`) and
 * createClass from the React copy inside the bundle, so widgets run on that one React.
 */
import type { ComponentClass, createElement } from 'react';

/** Decap's immutable values (Immutable.js 4), as much of them as the widgets use. */
export interface ImmutableValue {
  get(key: string): unknown;
  getIn(path: unknown[]): unknown;
  toJS(): unknown;
  clear(): ImmutableValue;
  merge(value: object): ImmutableValue;
}

export type WidgetProps = {
  value: unknown;
  onChange: (value: unknown) => void;
  forID: string;
  classNameWrapper: string;
  setActiveStyle: () => void;
  setInactiveStyle: () => void;
  field: ImmutableValue;
  entry: ImmutableValue;
};

type Validity = true | { error: { message: string } };

type Instance<S> = { props: WidgetProps; state: S; setState(state: Partial<S>): void };

/** A component for createClass: its state `S`, and methods `M` of its own, bound to the instance. */
type ClassSpec<S, M> = {
  getInitialState?(): S;
  isValid?(): Validity;
  render(): ReturnType<typeof createElement>;
} & M &
  ThisType<Instance<S> & M>;

type DecapCms = {
  registerWidget(name: string, control: ComponentClass<WidgetProps>): void;
  registerCustomFormat(name: string, extension: string, format: { fromFile(text: string): object; toFile(data: Record<string, unknown>): string }): void;
  registerEventListener(listener: { name: 'preSave'; handler: (event: { entry: ImmutableValue }) => unknown }): void;
};

declare global {
  interface Window {
    CMS: DecapCms;
    h: typeof createElement;
    createClass<S, M extends object = object>(spec: ClassSpec<S, M>): ComponentClass<WidgetProps>;
  }
}
