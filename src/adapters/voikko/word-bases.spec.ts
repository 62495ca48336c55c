import { compoundParts, rootBase } from './word-bases';

describe('compoundParts (Voikko WORDBASES)', () => {
  it.each([
    ['+häätö(häätö)+uhka(uhka)', ['häätö', 'uhka']],
    ['+vuokra(vuokra)+velka(velka)', ['vuokra', 'velka']],
    ['+mielen(mieli)+terve(terve)+ys(+ys)+palvel(palvella)+u(+u)', ['mieli', 'terveys', 'palvelu']],
    ['+terve(terve)+yden(+ys)+huolto(huolto)', ['terveys', 'huolto']],
    ['+vuokra(vuokra)+-+asunto(asunto)', ['vuokra', 'asunto']],
    ['+toimeentulo(toimeen=tulo)+tuki(tuki)', ['toimeentulo', 'tuki']],
    ['+sosiaali+työn(työ)+teki(tehdä)+jä(+jä)', ['sosiaali', 'työ', 'tekijä']],
    ['+asunno(asunto)+ttomu(+ton)+us(+us)', ['asunnottomuus']],
    ['+Kajaani(Kajaani)', ['kajaani']],
  ])('reads %s as %j', (wordBases, parts) => {
    expect(compoundParts(wordBases)).toEqual(parts);
  });

  it("finds a participle's verb", () => {
    expect(rootBase('+hääde(häätää)+t+ty(+ty)')).toBe('häätää');
    expect(rootBase('+sosiaali+työn(työ)')).toBeNull();
  });
});
