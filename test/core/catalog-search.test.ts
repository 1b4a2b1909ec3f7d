import { expect } from '@open-wc/testing';
import { regionLabels } from '../../src/content/regions.js';
import { exercises } from '../../src/content/catalog.js';
import { foldText, searchCatalog } from '../../src/core/catalog-search.js';

describe('catalog search', () => {
  it('returns everything for an empty filter', () => {
    expect(searchCatalog(exercises, {})).to.have.length(exercises.length);
  });

  it('finds by name, muscle and area, ignoring case and accents', () => {
    const ids = (query: string) => searchCatalog(exercises, { query }, regionLabels).map((exercise) => exercise.id);
    expect(ids('PECTÍNEUS')).to.include('adductors');
    expect(ids('inner thigh')).to.include('adductors');
    expect(ids('calf')).to.include('calves');
    expect(ids('zzz-nothing')).to.deep.equal([]);
  });

  it('filters by region and tool together', () => {
    const found = searchCatalog(exercises, { region: 'calves', tool: 'foam-roller' });
    expect(found.length).to.be.greaterThan(0);
    for (const exercise of found) {
      expect(exercise.regions).to.include('calves');
      expect(exercise.tools).to.include('foam-roller');
    }
    expect(searchCatalog(exercises, { tool: 'stick' }).every((exercise) => exercise.tools.includes('stick'))).to.equal(true);
  });

  it('filters to what works off the floor, by the tool it is done with there (issue 17)', () => {
    const custom = [
      { ...exercises[0], id: 'floor-only', position: 'floor' as const, offFloor: undefined },
      { ...exercises[0], id: 'unsaid', position: undefined, offFloor: undefined },
    ];
    const ids = (filter: Parameters<typeof searchCatalog>[1]) => searchCatalog([...exercises, ...custom], filter).map((e) => e.id);
    expect(ids({ offFloor: true })).to.deep.equal(exercises.map((e) => e.id));
    const roller = ids({ offFloor: true, tool: 'foam-roller' });
    expect(roller).to.deep.equal(
      exercises
        .filter((e) => (e.position === 'floor' ? e.offFloor?.tool === 'foam-roller' : e.tools.includes('foam-roller')))
        .map((e) => e.id),
    );
    expect(roller).to.include('quadratus-lumborum');
    expect(roller).not.to.include('calves');
    expect(ids({ offFloor: true, tool: 'stick' })).to.include('calves');
    expect(ids({ tool: 'foam-roller' })).to.include('calves');
  });

  it('folds text for matching', () => {
    expect(foldText('Ádductor Ñ')).to.equal('adductor n');
  });
});
