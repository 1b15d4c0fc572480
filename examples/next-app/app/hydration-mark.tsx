'use client';
import { useEffect } from 'react';

/** Marks the page as hydrated (`<html data-hydrated="true">`), for the browser tests. */
export function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return null;
}
