// A small JSON Schema (2020-12) checker for the keywords docs/edge-manifest.schema.json uses: type,
// const, enum, required, properties, additionalProperties, items, pattern, minLength, minimum,
// if/then/else, not and local $ref. The tests hold the manifests the origin, the CLI and the Maven goal export to it.

/** The problems of `value` against `schema` (empty when valid), each as `path: what`. */
export function validate(schema, value, root = schema, path = '$') {
  const problems = []
  if (schema.$ref !== undefined) {
    const target = schema.$ref.replace(/^#\//, '').split('/').reduce((node, key) => node[key], root)
    return validate(target, value, root, path)
  }
  const type = Array.isArray(value) ? 'array' : value === null ? 'null' : Number.isInteger(value) ? 'integer' : typeof value
  if (schema.type !== undefined && schema.type !== type && !(schema.type === 'number' && type === 'integer')) {
    return [`${path}: a ${type}, not a ${schema.type}`]
  }
  if ('const' in schema && value !== schema.const) problems.push(`${path}: not ${JSON.stringify(schema.const)}`)
  if (schema.enum !== undefined && !schema.enum.includes(value)) problems.push(`${path}: ${JSON.stringify(value)} is not one of ${schema.enum.join(', ')}`)
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength) problems.push(`${path}: shorter than ${schema.minLength}`)
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) problems.push(`${path}: does not match ${schema.pattern}`)
  }
  if (typeof value === 'number' && schema.minimum !== undefined && value < schema.minimum) problems.push(`${path}: below ${schema.minimum}`)
  if (type === 'array' && schema.items !== undefined) value.forEach((item, i) => problems.push(...validate(schema.items, item, root, `${path}[${i}]`)))
  if (type === 'object') {
    for (const name of schema.required ?? []) if (!(name in value)) problems.push(`${path}: ${name} is missing`)
    for (const [name, member] of Object.entries(value)) {
      const declared = schema.properties?.[name]
      if (declared !== undefined) problems.push(...validate(declared, member, root, `${path}.${name}`))
      else if (schema.additionalProperties === false) problems.push(`${path}: ${name} is not allowed`)
      else if (typeof schema.additionalProperties === 'object') problems.push(...validate(schema.additionalProperties, member, root, `${path}.${name}`))
    }
  }
  if (schema.if !== undefined) {
    const branch = validate(schema.if, value, root, path).length === 0 ? schema.then : schema.else
    if (branch !== undefined) problems.push(...validate(branch, value, root, path))
  }
  if (schema.not !== undefined && validate(schema.not, value, root, path).length === 0) problems.push(`${path}: matches what is not allowed`)
  return problems
}
