// Seconds left of a cool-down that starts when the overlay opens ("do not rush" in crisis mode).
import { useEffect, useState } from 'preact/hooks';

export function useCountdown(seconds: number): number {
  const [left, setLeft] = useState(Math.max(0, Math.ceil(seconds)));
  useEffect(() => {
    if (left <= 0) return;
    const timer = setTimeout(() => setLeft(left - 1), 1000);
    return () => clearTimeout(timer);
  }, [left]);
  return left;
}
