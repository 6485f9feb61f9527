/**
 * The globals of Decap CMS's prebuilt bundle (node_modules/decap-cms/dist/decap-cms.js, loaded by the editor page before
 * src/cms/editor.ts) that the browser code uses: `CMS` (the registry), `h` (React's createElement) and `createClass`
 * (create-react-class). Only what editor.ts calls, with the shapes Decap gives; Decap's own declarations
 * (decap-cms-core/index.d.ts) need React's and Immutable's types, which this project does not install.
 */
declare namespace Decap {
  /** An Immutable.js Map of known keys (only `get`). */
  interface ImmutableMap<T> {
    get<K extends keyof T & string>(key: K): T[K] | undefined;
  }
  /** An Immutable.js List (what a list field's value is in an entry). */
  interface List<T> {
    readonly size: number;
    includes(value: T): boolean;
    toJS(): T[];
  }
  /** An entry of a collection: its slug, whether it is new (not saved yet), and the form's values under `data`. */
  interface Entry<D> extends ImmutableMap<{ slug: string; newRecord: boolean; data: ImmutableMap<D> }> {
    getIn<K extends keyof D & string>(path: readonly ['data', K]): D[K] | undefined;
  }

  /** What `h` returns: a React element, opaque here. */
  interface ReactElement {
    readonly type: unknown;
    readonly props: unknown;
    readonly key: string | null;
  }
  type Child = ReactElement | string | number | boolean | null | undefined;
  /** React's event as far as the handlers here read it. */
  interface TargetEvent<E extends Element> {
    readonly target: E;
  }
  /** The attributes of an element, as React names them. */
  interface Props<E extends Element> {
    key?: string | number;
    id?: string;
    className?: string;
    style?: { [property in keyof CSSStyleDeclaration]?: string | number };
    dangerouslySetInnerHTML?: { __html: string };
    onChange?: (event: TargetEvent<E>) => void;
    onFocus?: () => void;
    onBlur?: () => void;
    [attribute: string]: unknown;
  }
  /** React.createElement, for the HTML elements the editor's components render. */
  type H = <K extends keyof HTMLElementTagNameMap>(
    type: K,
    props?: Props<HTMLElementTagNameMap[K]> | null,
    ...children: Child[]
  ) => ReactElement;

  /** What a component made by createClass is: a React class component taking props P. */
  interface ComponentClass<P> {
    new (props: P): Component<P, unknown>;
  }
  /** `this` in a component's methods. */
  interface Component<P, S> {
    readonly props: Readonly<P>;
    readonly state: Readonly<S>;
    setState(update: Partial<S>): void;
  }
  /** The React methods a createClass specification may have. */
  interface Lifecycle<P, S> {
    getInitialState?(): S;
    componentDidMount?(): void;
    shouldComponentUpdate?(nextProps: Readonly<P>, nextState: Readonly<S>): boolean;
    componentDidUpdate?(prevProps: Readonly<P>, prevState: Readonly<S>): void;
    componentWillUnmount?(): void;
    render(): Child;
  }
  /**
   * create-react-class: P the props, S the state, M the component's own methods and fields (in `this` with props and
   * state; give all three, TypeScript does not infer P and S from the specification).
   */
  type CreateClass = <P, S, M extends object>(
    spec: Lifecycle<P, S> & M & ThisType<Component<P, S> & M>,
  ) => ComponentClass<P>;

  /** What a widget's isValid() may answer (Decap's Widget.validateWrappedControl). */
  type Validity = boolean | { error: false | { type: 'CUSTOM'; message: string } };
  /** The props Decap gives a widget's control (EditorControlPane/Widget.js): V its value, D the entry's data. */
  interface WidgetControlProps<V, D> {
    value?: V | null;
    onChange: (value: V) => void;
    forID: string;
    classNameWrapper: string;
    /** The field's configuration, with the options of config.ts (`taken` for the page address). */
    field: ImmutableMap<{ name: string; label: string; widget: string; taken: List<string> }>;
    /** Deprecated in Decap 3 for getEntry, still given. */
    entry: Entry<D>;
    getEntry: () => Entry<D>;
    hasActiveStyle?: boolean;
    setActiveStyle: () => void;
    setInactiveStyle: () => void;
  }
  /** The props Decap gives a collection's preview template: D the entry's data. */
  interface PreviewProps<D> {
    entry: Entry<D>;
  }

  /** Decap's phrases in one language (only the toasts are changed here). */
  interface LocalePhrases {
    ui?: { toast?: Record<string, string> };
  }

  /** The registry, `window.CMS` (decap-cms-core's CMS interface, the calls editor.ts makes). */
  interface Cms {
    getLocale(locale: string): LocalePhrases | undefined;
    registerWidget<V, D>(name: string, control: ComponentClass<WidgetControlProps<V, D>>): void;
    registerPreviewStyle(url: string): void;
    registerPreviewTemplate<D>(collection: string, component: ComponentClass<PreviewProps<D>>): void;
    /** Starts the editor (the page sets CMS_MANUAL_INIT): the configuration of src/lib/cms/config.ts. */
    init(options: { config: { collections: readonly { name: string }[] } }): void;
  }
}

interface Window {
  readonly CMS: Decap.Cms;
  readonly h: Decap.H;
  readonly createClass: Decap.CreateClass;
}
