import type { ComplaintCategory } from '@contract/complaint-labels';
import { COMPLAINT_CATEGORIES } from '@contract/complaint-labels';
import { Chips } from '../chips/chips';
import { FieldFrame } from '../fields/field-frame';

const OPTIONS = COMPLAINT_CATEGORIES.map((name) => ({ id: name, name }));

interface Props {
  value: ComplaintCategory | null;
  error?: string;
  onChange: (category: ComplaintCategory) => void;
}

/** Every category in sight as large chips (they wrap, never scroll sideways); none is on until chosen. */
export function CategoryChips({ value, error, onChange }: Props) {
  return (
    <FieldFrame label="问题类别" name="category" error={error}>
      <Chips label="问题类别" options={OPTIONS} selectedId={value ?? ''}
        onSelect={(id) => {
          const found = COMPLAINT_CATEGORIES.find((category) => category === id);
          if (found) onChange(found);
        }} />
    </FieldFrame>
  );
}
