using ClaimCheck.Linking;

namespace ClaimCheck.Tests.Linking;

public class PersonNameTests
{
    /// <summary>Real romanizations of one person's name, as found in English-language news.</summary>
    public static TheoryData<string, string> SamePerson { get; } = new()
    {
        { "Alexander Lukashenko", "Aliaksandr Lukashenka" },
        { "Alexander Lukashenko", "Alyaksandr Lukashenka" },
        { "Alexander Lukashenko", "Aleksandr Lukashenko" },
        { "Alexander Lukashenko", "Lukashenka" },
        { "Lukashenko", "Lukashenka" },
        { "Svetlana Tikhanovskaya", "Sviatlana Tsikhanouskaya" },
        { "Svetlana Tikhanovskaya", "Sviatlana Tsikhanouskaya" },
        { "Tikhanovskaya", "Tsikhanouskaya" },
        { "Sergey Naryshkin", "Sergei Naryshkin" },
        { "Alexander Klaskovsky", "Aleksandr Klaskouski" },
        { "Alexander Klaskovsky", "Alyaksandr Klaskouski" },
        { "Aleksandr Klaskouski", "Alyaksandr Klaskouski" },
        { "Dmitry Peskov", "Dmitri Peskov" },
        { "Dmitry Peskov", "Dmitriy Peskov" },
        { "Aleksey Danilov", "Oleksiy Danilov" },
        { "Aleksey Danilov", "Alexei Danilov" },
        { "Evgeniy Prigozhin", "Yevgeny Prigozhin" },
        { "Yevgeny Prigozhin", "Evgeny Prigozhin" },
        { "Vasily Nebenzya", "Vassily Nebenzia" },
        { "Vasily Nebenzya", "Vasily Nebenzia" },
        { "Volodymyr Zelensky", "Volodymyr Zelenskyy" },
        { "Volodymyr Zelensky", "Volodymyr Zelenskiy" },
        { "Sergei Lavrov", "Sergey Lavrov" },
        { "Maria Zakharova", "Mariya Zakharova" },
        { "Yulia Tymoshenko", "Yuliya Tymoshenko" },
        { "Mikhail Gorbachev", "Mikhail Gorbachov" },
        { "Nikita Khrushchev", "Nikita Khrushchov" },
        { "Alexei Navalny", "Aleksei Navalnyy" },
        { "Alexei Navalny", "Alexey Navalny" },
        { "Viktor Babariko", "Viktar Babaryka" },
        { "Maria Kolesnikova", "Maryia Kalesnikava" },
        { "Valery Tsepkalo", "Valery Tsapkala" },
        { "Sergei Shoigu", "Sergey Shoygu" },
        { "Dmitry Medvedev", "Dmitrii Medvedev" },
        { "Ramzan Kadyrov", "Ramzan Kadyrow" },
        { "Kassym-Jomart Tokayev", "Kassym-Zhomart Tokaev" },
        { "Nursultan Nazarbayev", "Nursultan Nazarbaev" },
        { "A. Lukashenko", "Alexander Lukashenko" },
        { "Mr. Putin", "Vladimir Putin" },
        { "President Vladimir Putin", "Vladimir Putin" },
        { "Ursula von der Leyen", "von der Leyen" },
    };

    /// <summary>Pairs that share a surname key but are different people, or differ by gender form.</summary>
    public static TheoryData<string, string> DifferentPeople { get; } = new()
    {
        { "Vladimir Putin", "Lyudmila Putina" },
        { "Putin", "Putina" },
        { "Alexander Lukashenko", "Viktor Lukashenko" },
        { "Alexander Lukashenko", "Dmitry Lukashenko" },
        { "Alexander Lukashenko", "Nikolai Lukashenko" },
        { "Sergey Naryshkin", "Vera Naryshkina" },
        { "Sergei Lavrov", "Maria Lavrova" },
        { "Sergey Tikhanovsky", "Svetlana Tikhanovskaya" },
        { "Tikhanovsky", "Tikhanovskaya" },
        { "Dmitry Peskov", "Nikolay Peskov" },
        { "Dmitry Medvedev", "Svetlana Medvedeva" },
        { "Alexei Navalny", "Yulia Navalnaya" },
        { "Viktor Yanukovych", "Oleksandr Yanukovych" },
        { "Vladimir Putin", "Vladimir Potanin" },
        { "Sergey Naryshkin", "Sergey Lavrov" },
    };

    [Theory]
    [MemberData(nameof(SamePerson))]
    public void Spellings_of_one_name_match(string a, string b)
    {
        var x = PersonName.Parse(a)!;
        var y = PersonName.Parse(b)!;
        Assert.True(x.Matches(y), $"{a} ({x.SurnameKey}) vs {b} ({y.SurnameKey})");
        Assert.True(y.Matches(x));
        Assert.Equal(x.SurnameKey, y.SurnameKey);
    }

    [Theory]
    [MemberData(nameof(DifferentPeople))]
    public void Different_people_do_not_match(string a, string b)
    {
        var x = PersonName.Parse(a)!;
        var y = PersonName.Parse(b)!;
        Assert.False(x.Matches(y), $"{a} vs {b}");
        Assert.False(y.Matches(x));
    }

    [Fact]
    public void Titles_and_particles_are_handled()
    {
        var n = PersonName.Parse("President Vladimir Putin")!;
        Assert.Equal("Putin", n.Surname);
        Assert.Equal(["Vladimir"], n.Given);
        var v = PersonName.Parse("Ursula von der Leyen")!;
        Assert.Equal("von der Leyen", v.Surname);
        Assert.Null(PersonName.Parse("  123 "));
    }
}
