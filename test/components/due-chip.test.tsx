import { act, render, screen } from '@testing-library/react';
import { DueChip } from '../../src/components/complaint/due-chip';

const NOW = new Date('2030-05-13T02:00:00.000Z');

function chip(): HTMLElement {
  return screen.getByRole('timer');
}

describe('due chip', () => {
  beforeEach(() => {
    jest.useFakeTimers();
    jest.setSystemTime(NOW);
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('counts down to the due time and names the step', () => {
    render(<DueChip dueAt="2030-05-13T03:05:00.000Z" waitingFor="resolve" overdue={null} />);
    expect(chip().textContent).toBe('办结还剩 1小时5分');
    expect(chip().className).not.toContain('gh-due--late');

    act(() => {
      jest.advanceTimersByTime(40 * 60_000);
    });
    expect(chip().textContent).toBe('办结还剩 25分钟');
  });

  it('shows days for a long limit', () => {
    render(<DueChip dueAt="2030-05-15T05:00:00.000Z" waitingFor="accept" overdue={null} />);
    expect(chip().textContent).toBe('签收还剩 2天3小时');
  });

  it('turns red once the due time has passed, counting how late', () => {
    render(<DueChip dueAt="2030-05-13T02:10:00.000Z" waitingFor="accept" overdue={null} />);
    expect(chip().className).not.toContain('gh-due--late');
    act(() => {
      jest.advanceTimersByTime(30 * 60_000);
    });
    expect(chip().textContent).toBe('⏰ 签收超时 20分钟');
    expect(chip().className).toContain('gh-due--late');
  });

  it('is red when the scheduler marked the case late, with its kind', () => {
    render(
      <DueChip dueAt="2030-05-12T23:00:00.000Z" waitingFor="resolve" overdue={{ kind: 'resolve', since: '2030-05-12T23:00:00.000Z' }} />,
    );
    expect(chip().textContent).toBe('⏰ 办结超时 3小时');
    expect(chip().className).toContain('gh-due--late');
  });

  it('shows nothing when nothing is due', () => {
    const { container } = render(<DueChip dueAt={null} waitingFor={null} overdue={null} />);
    expect(container.textContent).toBe('');
    expect(screen.queryByRole('timer')).toBeNull();
  });
});
