import { define, HvsElement } from '../../browser/element';
import { fill } from '../../lib/text/fill';

/** Filters a grouped list by its items' data attributes; without JavaScript everything is listed. */
class HvsFilterList extends HvsElement {
  init() {
    const selects = [...this.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
    const apply = () => {
      const wanted = selects.map((select) => [select.dataset['filter'] ?? '', select.value] as const);
      let shown = 0;
      for (const item of this.querySelectorAll<HTMLElement>('li[data-type]')) {
        // An item with no course (the general ones) matches any course.
        const match = wanted.every(([key, value]) => !value || item.dataset[key] === value || (key === 'course' && item.dataset[key] === ''));
        item.hidden = !match;
        if (match) shown += 1;
      }
      for (const group of this.querySelectorAll<HTMLElement>('[data-group]')) group.hidden = !group.querySelector('li[data-type]:not([hidden])');
      this.say(fill(this.text('count'), { count: shown }));
    };
    for (const select of selects) select.addEventListener('change', apply);
    apply();
  }
}

define('hvs-filter-list', HvsFilterList);
