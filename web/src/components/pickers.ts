import type { SelectProps } from 'antd';
import type { ComponentType, CSSProperties } from 'react';
import type { SubjectKind } from '../../../src/modules/subjects/contract.ts';

/**
 * Form controls one feature lends to another. Features never import each other, so a page that needs
 * another feature's picker declares it as a prop of these types, and the feature list
 * (`features/index.ts`) hands the real ones to each feature's routes.
 */
interface PickerProps {
  /** Set by Form.Item, so its label points at the control. */
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  /** `true`, `false`, or the button's icon and label (see `useClearable`). */
  allowClear?: SelectProps['allowClear'];
  style?: CSSProperties;
}

export interface DivisionPickerProps extends PickerProps {
  /**
   * `address`: province → city → district, down to a leaf (a subject's seat);
   * `jurisdiction`: the same tree, any level may be chosen (an official's area);
   * `filter`: cities and their districts only, any level may be chosen.
   */
  mode: 'address' | 'jurisdiction' | 'filter';
}
export type DivisionPicker = ComponentType<DivisionPickerProps>;

export interface SubjectPickerProps extends PickerProps {
  /** Offer only subjects of this kind; all kinds when absent. */
  kind?: SubjectKind;
}
export type SubjectPicker = ComponentType<SubjectPickerProps>;

/** Every picker lent, as the feature list hands them to each feature's routes (which take the ones they use). */
export interface LentPickers {
  DivisionPicker: DivisionPicker;
  SubjectPicker: SubjectPicker;
}
