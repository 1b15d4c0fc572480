/** Props every component takes: drop the `ck-` classes, or add classes to the root element. */
export interface StyleProps {
  /** Render without any `ck-` class, for design systems that style the markup themselves. */
  readonly unstyled?: boolean | undefined;
  /** Extra classes on the component's root element (Vue's own `class` works too). */
  readonly className?: string | undefined;
}

/** The class attribute of an element: its `ck-` classes unless unstyled, plus `extra`. @internal */
export const classes =
  (unstyled: boolean | undefined) =>
  (base: string, extra?: string): string | undefined =>
    unstyled ? extra || undefined : extra ? `${base} ${extra}` : base;
