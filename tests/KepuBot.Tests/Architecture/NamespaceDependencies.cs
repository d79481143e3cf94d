using System.Reflection;
using System.Reflection.Emit;

namespace KepuBot.Tests.Architecture;

/// <summary>
/// Which namespaces of an assembly use which, read from the compiled types: base types, interfaces, fields,
/// properties, method signatures, locals and every type, method and field a method body names. Method bodies matter:
/// a service resolved or a static helper called inside a method appears in no signature. Compiler-generated types
/// (lambdas, async state machines) count as the type they were written in.
/// </summary>
internal static class NamespaceDependencies
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>The edges between distinct namespaces under <paramref name="root"/>, both ends in the assembly.</summary>
    public static IReadOnlySet<(string From, string To)> Of(Assembly assembly, string root)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var edges = new HashSet<(string, string)>();
        foreach (var type in assembly.GetTypes())
        {
            var from = NamespaceOf(type);
            if (from is null || !Under(from, root))
            {
                continue;
            }

            foreach (var used in Used(type))
            {
                if (used.Assembly == assembly && NamespaceOf(used) is { } to && Under(to, root) && to != from)
                {
                    edges.Add((from, to));
                }
            }
        }

        return edges;
    }

    private static bool Under(string ns, string root) => ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal);

    // A nested type (including the compiler's closures and state machines) belongs to the namespace of its outermost type.
    private static string? NamespaceOf(Type type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type.Namespace;
    }

    private static IEnumerable<Type> Used(Type type)
    {
        var found = new List<Type>();
        if (type.BaseType is { } baseType)
        {
            found.Add(baseType);
        }

        found.AddRange(type.GetInterfaces());
        found.AddRange(type.GetFields(Declared).Select(f => f.FieldType));
        found.AddRange(type.GetProperties(Declared).Select(p => p.PropertyType));
        found.AddRange(type.GetEvents(Declared).Select(e => e.EventHandlerType).OfType<Type>());
        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (method is MethodInfo info)
            {
                found.Add(info.ReturnType);
            }

            found.AddRange(method.GetParameters().Select(p => p.ParameterType));
            found.AddRange(InBody(method));
        }

        return found.SelectMany(Expand);
    }

    // Arrays, by-ref parameters and generic arguments (Task<AgentAnswer>) name the types inside them too.
    private static IEnumerable<Type> Expand(Type type)
    {
        if (type.HasElementType)
        {
            foreach (var inner in Expand(type.GetElementType()!))
            {
                yield return inner;
            }

            yield break;
        }

        if (type.IsGenericParameter)
        {
            yield break;
        }

        yield return type;
        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            foreach (var argument in type.GetGenericArguments().SelectMany(Expand))
            {
                yield return argument;
            }
        }
    }

    private static IEnumerable<Type> InBody(MethodBase method)
    {
        var body = method.GetMethodBody();
        if (body is null)
        {
            yield break;
        }

        foreach (var local in body.LocalVariables)
        {
            yield return local.LocalType;
        }

        var il = body.GetILAsByteArray() ?? [];
        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var position = 0;
        while (position < il.Length)
        {
            var value = (short)il[position++];
            if (value == 0xFE)
            {
                value = (short)(0xFE00 | il[position++]);
            }

            var opCode = OpCodesByValue[value];
            if (opCode.OperandType is OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineType or OperandType.InlineTok)
            {
                var member = method.Module.ResolveMember(BitConverter.ToInt32(il, position), typeArguments, methodArguments);
                foreach (var type in TypesOf(member))
                {
                    yield return type;
                }
            }

            position += OperandSize(opCode, il, position);
        }
    }

    private static IEnumerable<Type> TypesOf(MemberInfo? member)
    {
        switch (member)
        {
            case Type type:
                yield return type;
                break;
            case FieldInfo field:
                yield return field.DeclaringType!;
                yield return field.FieldType;
                break;
            case MethodBase called:
                if (called.DeclaringType is { } owner)
                {
                    yield return owner;
                }

                if (called.IsGenericMethod)
                {
                    foreach (var argument in called.GetGenericArguments())
                    {
                        yield return argument;
                    }
                }

                break;
        }
    }

    private static int OperandSize(OpCode opCode, byte[] il, int position) => opCode.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, position)),
        _ => 4,
    };
}
