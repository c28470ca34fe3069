// Deliberately wrong values: each must be rejected by the generated types (tsc fails on an expected
// error that does not occur), so the types are as narrow as the wire, not merely wide enough for it.
import type {
  ShapesBag,
  ShapesCalendar,
  ShapesCircle,
  ShapesColor,
  ShapesContact,
  ShapesLongIds,
  ShapesMoney,
  ShapesNullables,
  ShapesRenamed,
  ShapesResult,
  ShapesScalars,
  ShapesShape,
} from './generated/index'

export function negatives(): unknown[] {
  // @ts-expect-error a variant used on its own carries its discriminator: Jackson requires it
  const untagged: ShapesCircle = { radius: 1 }
  // @ts-expect-error the discriminator is the variant's own tag
  const mistagged: ShapesCircle = { type: 'square', radius: 1 }
  // @ts-expect-error a union value needs a known tag
  const unknownTag: ShapesShape = { type: 'triangle', radius: 1 }
  // @ts-expect-error @JsonFormat(shape = STRING): a number is not what the wire carries
  const numericId: ShapesLongIds = { id: 9007199254740993, related: [], plain: 1 }
  // @ts-expect-error a string-encoded long holds digits only
  const wordId: ShapesLongIds = { id: 'abc', related: [], plain: 1 }
  // @ts-expect-error a plain long stays a number
  const stringPlain: ShapesLongIds = { id: '1', related: [], plain: '1' }
  // @ts-expect-error BigDecimal is a string on the wire, not a lossy number
  const numericMoney: ShapesMoney = { amount: 1.5, units: '1', history: [] }
  // @ts-expect-error BigInteger text has no fraction
  const fractionUnits: ShapesMoney = { amount: '1.5', units: '1.5', history: [] }
  // @ts-expect-error any-properties are flattened into the object, not nested
  const nestedExtras: ShapesBag = { name: 'b', extras: { apples: 1 } }
  // @ts-expect-error flattened values have the any-getter's value type
  const wrongExtra: ShapesBag = { name: 'b', apples: true }
  // @ts-expect-error a wrapper-object union is not written with a discriminator property
  const flatContact: ShapesContact = { type: 'email', address: 'a' }
  // @ts-expect-error each wrapper holds its own variant
  const crossedContact: ShapesContact = { sms: { address: 'a' } }
  // @ts-expect-error a generic union's variant takes the union's type argument
  const wrongResult: ShapesResult<string> = { status: 'ok', value: 1 }
  // @ts-expect-error java.time-keyed maps hold the declared values
  const wrongCalendar: ShapesCalendar = { per_day: { '2024-01-02': 'five' }, stamps: {} }
  // @ts-expect-error the application's snake_case naming: no camelCase keys
  const camel: ShapesRenamed = { label: 'a', home_street: 's', home_zip_code: 'z', createdBy: 'x' }
  // @ts-expect-error @JsonIgnore'd properties are not on the wire
  const secret: ShapesRenamed = { label: 'a', home_street: 's', home_zip_code: 'z', created_by: 'x', secret: 's' }
  // @ts-expect-error enum values are what the application's mapper writes (toString)
  const constantName: ShapesColor = 'DARK_BLUE'
  // @ts-expect-error with non_null inclusion a null field is omitted, never null
  const nullNote: ShapesNullables = { note: null, maybe: null, gaps: [], count: 1 }
  // @ts-expect-error an int is a number
  const stringSmall: ShapesScalars['small'] = '1'
  return [
    untagged,
    mistagged,
    unknownTag,
    numericId,
    wordId,
    stringPlain,
    numericMoney,
    fractionUnits,
    nestedExtras,
    wrongExtra,
    flatContact,
    crossedContact,
    wrongResult,
    wrongCalendar,
    camel,
    secret,
    constantName,
    nullNote,
    stringSmall,
  ]
}
